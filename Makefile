# The two commands a new user runs: `make map`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CATALOG := build/catalog.gpkg
comma := ,

.PHONY: map test lint bench clean install qgis fuzz

$(BIN)/catalog: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	# the world gazetteer's name index, kept in ~/.cache/facility-catalog (about a minute, once)
	$(BIN)/python -m catalog.places
	$(BIN)/python -m catalog.airfields
	touch $@

install: $(BIN)/catalog

$(CATALOG): $(BIN)/catalog $(wildcard data/catalogue/*.csv)
	$(BIN)/catalog --catalog $@ build --overwrite

map: $(CATALOG)
	$(BIN)/catalog --catalog $(CATALOG) map -o build/map.html --overwrite
	$(BIN)/catalog --catalog $(CATALOG) validate

# tests/test_mapping.py runs node's test runner over tests/js/ (the map's ES modules)
test: $(BIN)/catalog
	sh scripts/install-chromium.sh
	sh scripts/install-node.sh
	$(BIN)/ruff check catalog tests benchmarks
	$(BIN)/python -m pytest

# Ours against the strongest stock path, side by side: build/bench.json and a table.
# Sizes (defaults): BENCH_QUERY_SIZES=10000,100000,1000000  BENCH_BULK_N=100000
# BENCH_CORPUS_MB=2  BENCH_GAZETTEER_N=1000000  BENCH_POSTGIS_N=200000
# BENCH_MAP_SIZES=1000,10000,100000  BENCH_REPEAT=5; BENCH=query,ingest runs some modules
# (the other rows of build/bench.json stay). BENCH=cli: the CLI's start-up against ogrinfo.
# Synthetic data is built once into build/bench/ (about 10 minutes the first time).
BENCH ?=
bench: $(BIN)/catalog
	$(BIN)/python -m benchmarks $(subst $(comma), ,$(BENCH))

# Naming and locating sites on the labelled set tests/data/locate (issue 11): build/eval.json
.PHONY: eval
eval: $(BIN)/catalog
	$(BIN)/python -m benchmarks.eval_locate

# The same on the blind sets tests/data/locate-b, locate-c, ... (each written blind after the
# fixes the one before led to; their first scores are in the README): `make eval-c` writes
# build/eval-c.json
EVAL_SETS := $(patsubst tests/data/locate-%,eval-%,$(wildcard tests/data/locate-*))
.PHONY: $(EVAL_SETS)
$(EVAL_SETS): eval-%: $(BIN)/catalog
	$(BIN)/python -m benchmarks.eval_locate --set tests/data/locate-$* --json build/eval-$*.json

# The shipped data and the labelled texts against the real reports kept outside the
# repository (REPORTS, default ../shared/reports): not part of `make test`, which needs
# nothing beside the clone
REPORTS ?= ../shared/reports
.PHONY: check-sources
check-sources: $(BIN)/catalog
	$(BIN)/python -m benchmarks.check_sources --reports $(REPORTS)

# Random and mutated bytes through `ingest`: only CatalogError may escape (FUZZ_N inputs)
FUZZ_N ?= 2000
fuzz: $(BIN)/catalog
	$(BIN)/python -m benchmarks.fuzz_ingest $(FUZZ_N)

clean:
	rm -rf build

# Debian's headless QGIS for tests/test_qgis.py (the test also calls this when QGIS is missing)
qgis:
	sh scripts/install-qgis.sh

# The PostGIS store suite alone, failing instead of skipping without a server (issue 8).
.PHONY: test-postgis
test-postgis: $(BIN)/catalog
	CATALOG_REQUIRE_POSTGIS=1 $(BIN)/python -m pytest tests/test_store_api.py \
		tests/test_postgis.py tests/test_transfer.py
