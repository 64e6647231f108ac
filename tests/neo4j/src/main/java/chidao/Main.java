package chidao;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Neo4j 5 Community for the test suite: {@code java -cp 'target/launcher.jar:target/lib/*'
 * chidao.Main HOME [PORT]} with the password in {@code NEO4J_PASSWORD}. Starts an embedded DBMS
 * in HOME (a fresh, empty folder) with Bolt on 127.0.0.1:PORT (0 or absent: a free port), auth on
 * (user neo4j), small memory; prints {@code NEO4J READY bolt://127.0.0.1:PORT} and blocks until
 * killed (SIGTERM/SIGINT shut the DBMS down cleanly).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
        if (args.length < 1 || args.length > 2 || password.length() < 8) {
            System.err.println("usage: NEO4J_PASSWORD=<8+ chars> chidao.Main HOME [PORT]");
            System.exit(2);
        }
        int port = args.length == 2 ? Integer.parseInt(args[1]) : 0;
        DatabaseManagementService dbms = start(Path.of(args[0]), port);
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        System.out.println("NEO4J READY bolt://" + boltAddress(dbms));
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static DatabaseManagementService start(Path home, int port) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
                .setConfig(GraphDatabaseSettings.tx_state_max_off_heap_memory, ByteUnit.mebiBytes(128))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                .build();
    }

    private static String boltAddress(DatabaseManagementService dbms) {
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database("system");
        ConnectorPortRegister ports =
                system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        return ports.getLocalAddress(ConnectorType.BOLT).toString();
    }
}
