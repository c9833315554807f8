# Two commands do all set-up on a fresh machine with python3 and make:
#   make demo   - create .venv, install, run the main job end to end on the built-in sample
#   make test   - create .venv if missing, install dev extras, run ruff and pytest
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install demo test test-spawn lint clean-processed

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	test -d data/raw/2017 || $(BIN)/thidua sample --out data/raw --years 2017-2024 --seed 0
	$(BIN)/thidua ingest data/raw --out data/processed
	$(BIN)/thidua check --phan-hoi reports/phan_hoi
	$(BIN)/thidua query "select cluster_id, period, sum(value) as hoi_nghi from data where indicator = 'hoi_nghi_tuyen_truyen' and year = 2021 group by all order by all"
	$(BIN)/thidua score --year 2022 --cluster ha_noi_cum_1
	$(BIN)/thidua report --year 2021 --period FY --cluster ha_noi_cum_3
	$(BIN)/thidua report --year 2021 --period FY
	$(BIN)/thidua notebook --html reports/so_tay

lint: $(STAMP)
	$(BIN)/ruff check .

# two worker processes, each test file kept in one (its fixtures are built once)
TEST_JOBS ?= 2

test: $(STAMP) lint
	$(BIN)/python -m pytest -n $(TEST_JOBS) --dist loadfile

# the whole suite with worker processes started as on Windows and macOS
test-spawn: $(STAMP)
	THIDUA_START_METHOD=spawn $(BIN)/python -m pytest

clean-processed:
	rm -rf data/processed/*.parquet data/processed/*.json
