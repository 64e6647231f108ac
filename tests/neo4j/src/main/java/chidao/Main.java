package chidao;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * (user neo4j), small memory (page cache 128 MiB, or {@code -Dchidao.pagecache.mib=N}); prints
 * {@code NEO4J READY bolt://127.0.0.1:PORT} and blocks until killed (SIGTERM/SIGINT shut the DBMS
 * down cleanly). With {@code --watch-stdin} it also exits when its stdin closes, so a test runner
 * that dies (even by kill -9) leaves no JVM behind.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean watchStdin = rest.remove("--watch-stdin");
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
        if (rest.isEmpty() || rest.size() > 2 || password.length() < 8) {
            System.err.println("usage: NEO4J_PASSWORD=<8+ chars> chidao.Main HOME [PORT] [--watch-stdin]");
            System.exit(2);
        }
        int port = rest.size() == 2 ? Integer.parseInt(rest.get(1)) : 0;
        if (watchStdin) {
            watchStdin();
        }
        DatabaseManagementService dbms = start(Path.of(rest.get(0)), port);
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        System.out.println("NEO4J READY bolt://" + boltAddress(dbms));
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // discard
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone, as EOF does
            }
            Runtime.getRuntime().halt(0); // the store is throwaway: no 14 s clean shutdown
        }, "stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static DatabaseManagementService start(Path home, int port) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory,
                        ByteUnit.mebiBytes(Long.getLong("chidao.pagecache.mib", 128)))
                .setConfig(GraphDatabaseSettings.tx_state_max_off_heap_memory, ByteUnit.mebiBytes(128))
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
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
