# The chidao API (CPU only). The embedding model must be present in the image or the data volume:
# nothing is downloaded at run time.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

RUN useradd --create-home --uid 10001 chidao && mkdir /data && chown chidao /data

COPY pyproject.toml README.md ./
COPY ingest ./ingest
COPY graph ./graph
COPY search_api ./search_api
COPY data ./data

# CPU torch first, so sentence-transformers does not pull a CUDA build.
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch \
 && pip install .

USER chidao
ENV CHIDAO_DATA_DIR=/data
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"
CMD ["chidao", "serve", "--host", "0.0.0.0", "--port", "8000"]
