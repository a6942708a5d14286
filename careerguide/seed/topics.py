"""Topics: the concrete things to learn for each skill, in the order to learn them.

TOPICS maps every skill slug (the article's ten and the additions in seed/skills.py) to an ordered list of
topics, what to learn first coming first. Each topic is a dict:

- "name": a short, specific name; "slug": unique across all topics and never changed once published.
- "summary": one sentence saying what the topic is; also the page's meta description, so at most 300 characters.
- "body": Markdown: what the topic is, why it matters in ML Ops, and what knowing it looks like.
- "tools": the real tools the topic involves (may be empty).
- "hours": an honest estimate of the study hours needed to reach "knowing it", for someone who knows the
  topic's prerequisites.
- "prerequisites": slugs of topics (of any skill) to learn first. They must never form a cycle.
- "resources": one to four entries, each {"title": ..., "start_here": ...}, where "title" is the exact title of an
  entry in seed.resources.RESOURCES and exactly one entry has "start_here": True: the place to begin.
"""

TOPICS = {
    "machine-learning": [
        {
            "name": "Supervised and unsupervised learning",
            "slug": "ml-fundamentals",
            "summary": (
                "What it means for a model to learn from data: regression, classification and clustering, training and "
                "prediction."
            ),
            "body": """\
Before you can run models in production you need a working picture of what they are: functions fitted to examples, \
which make predictions about new cases. Supervised learning learns from labeled examples (regression for numbers, \
classification for categories); unsupervised learning finds structure without labels, for example by clustering.

Knowing it means you can:

- explain training, features, labels and predictions in plain words
- train a regression and a classification model with scikit-learn and use them to predict
- say which kind of problem a business question is, and what data it would need
""",
            "tools": ["scikit-learn", "Jupyter", "pandas"],
            "hours": 25,
            "prerequisites": ["python-core", "pandas-numpy"],
            "resources": [
                {"title": "Machine Learning Crash Course", "start_here": True},
                {"title": "Machine Learning Specialization", "start_here": False},
                {"title": "Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow", "start_here": False},
            ],
        },
        {
            "name": "Data splits, cross-validation and leakage",
            "slug": "data-splits-leakage",
            "summary": (
                "Splitting data into training, validation and test sets, cross-validating, and preventing information "
                "from the future or the test set leaking into training."
            ),
            "body": """\
A model's reported quality is only as honest as the way the data was split. Leakage, where the model sees information \
during training that it will not have at prediction time, produces excellent offline scores and disappointing \
production results. It is one of the most common faults to catch when reviewing someone else's work.

Knowing it means you can:

- split data by time or by group when random splits would leak
- use cross-validation and explain what its spread of scores tells you
- fit preprocessing on the training set only, using pipelines
- spot features that would not be available at prediction time
""",
            "tools": ["scikit-learn"],
            "hours": 8,
            "prerequisites": ["ml-fundamentals"],
            "resources": [
                {"title": "scikit-learn User Guide", "start_here": True},
                {"title": "Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow", "start_here": False},
            ],
        },
        {
            "name": "Evaluation metrics that fit the goal",
            "slug": "evaluation-metrics",
            "summary": (
                "Choosing and interpreting metrics such as precision, recall, F1, ROC AUC and mean absolute error, and "
                "tying them to the business goal."
            ),
            "body": """\
Every quality gate, dashboard and alert for a model is built on a metric, so choosing the right one matters. Accuracy \
can look excellent on imbalanced data while the model misses every case that matters; a good metric reflects what a \
wrong prediction actually costs.

Knowing it means you can:

- compute and explain precision, recall, F1, ROC AUC and calibration for a classifier
- compute and explain mean absolute error and related metrics for a regression
- choose a decision threshold from the costs of false positives and false negatives
- compare two models on the same test set and say whether the difference is meaningful
""",
            "tools": ["scikit-learn"],
            "hours": 8,
            "prerequisites": ["data-splits-leakage"],
            "resources": [
                {"title": "Machine Learning Crash Course", "start_here": True},
                {"title": "scikit-learn User Guide", "start_here": False},
                {"title": "Designing Machine Learning Systems", "start_here": False},
            ],
        },
        {
            "name": "Linear models, tree ensembles and gradient boosting",
            "slug": "model-families",
            "summary": (
                "The model families most used in industry, what each is good at, and how they differ in speed, size "
                "and behavior."
            ),
            "body": """\
Most production models on tabular data are linear models or tree ensembles such as random forests and gradient \
boosting; neural networks dominate images, audio and text. Knowing their strengths and costs helps you size serving \
infrastructure, predict how a model reacts to unusual inputs, and discuss choices with data scientists.

Knowing it means you can:

- train a linear model, a random forest and a gradient-boosted model on the same data and compare them
- explain how each handles missing values, categorical features and unseen ranges
- say roughly how large each model is and how fast it predicts
""",
            "tools": ["scikit-learn", "XGBoost", "LightGBM"],
            "hours": 15,
            "prerequisites": ["ml-fundamentals"],
            "resources": [
                {"title": "An Introduction to Statistical Learning", "start_here": True},
                {"title": "scikit-learn User Guide", "start_here": False},
                {"title": "XGBoost documentation", "start_here": False},
            ],
        },
        {
            "name": "Overfitting, regularization and hyperparameter tuning",
            "slug": "tuning-overfitting",
            "summary": (
                "Recognizing overfitting and underfitting, controlling them with regularization, and searching "
                "hyperparameters systematically."
            ),
            "body": """\
A model that fits its training data too closely fails on new data; one that is too simple misses real patterns. \
Regularization and hyperparameter search manage that balance. In ML Ops, tuning runs are often the largest compute \
cost in training, so running them efficiently and recording them properly matters.

Knowing it means you can:

- read learning curves and tell overfitting from underfitting
- apply regularization and early stopping
- run a hyperparameter search with a sensible budget, and keep the test set out of it
""",
            "tools": ["scikit-learn", "Optuna"],
            "hours": 10,
            "prerequisites": ["evaluation-metrics", "model-families"],
            "resources": [
                {"title": "Optuna", "start_here": True},
                {"title": "Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow", "start_here": False},
            ],
        },
        {
            "name": "Feature engineering and training/serving skew",
            "slug": "feature-engineering",
            "summary": (
                "Turning raw data into model inputs, and making sure features are computed the same way in training "
                "and in production."
            ),
            "body": """\
Features are where most of a model's quality comes from, and also where many production bugs hide. Training/serving \
skew happens when the code or data that computes a feature in production differs from what was used in training, for \
example a different time window or a default value for missing data. The model then receives inputs it never learned \
from, and nothing crashes.

Knowing it means you can:

- build features from raw columns, including encodings for categories and text
- package feature logic so the same code runs in training and in serving
- compare feature values computed offline and online for the same entities and explain any difference
""",
            "tools": ["scikit-learn", "pandas", "Feast"],
            "hours": 12,
            "prerequisites": ["data-splits-leakage"],
            "resources": [
                {"title": "Rules of Machine Learning", "start_here": True},
                {"title": "Designing Machine Learning Systems", "start_here": False},
            ],
        },
        {
            "name": "Deep learning with PyTorch",
            "slug": "deep-learning-basics",
            "summary": (
                "Neural networks in practice: tensors, training loops, GPUs, checkpoints and the PyTorch library."
            ),
            "body": """\
Deep learning models power image, audio and language applications, and they bring their own operational needs: GPUs, \
large model files, long training runs that must survive interruptions, and careful control of library versions. You do \
not need to design new architectures, but you should be able to read and run a training script.

Knowing it means you can:

- write or follow a PyTorch training loop and explain each step
- move training to a GPU and see how batch size affects memory
- save and resume checkpoints, and export a trained model for inference
""",
            "tools": ["PyTorch", "TensorFlow", "Keras", "CUDA"],
            "hours": 30,
            "prerequisites": ["ml-fundamentals"],
            "resources": [
                {"title": "Practical Deep Learning for Coders", "start_here": True},
                {"title": "PyTorch Tutorials", "start_here": False},
            ],
        },
        {
            "name": "Fine-tuning pretrained models",
            "slug": "pretrained-models",
            "summary": (
                "Starting from a model someone else trained, such as a language or vision model from the Hugging Face "
                "Hub, and adapting it to your task."
            ),
            "body": """\
Few teams train large models from scratch; most download a pretrained model and fine-tune it on their own data. That \
changes the ML Ops work: you track which base model and version you started from, check its license, manage large \
files, and evaluate it on your task rather than trusting published benchmarks.

Knowing it means you can:

- load a pretrained model and its tokenizer or preprocessor, and run it on your data
- fine-tune it on a small labeled dataset and compare it with the base model
- record the base model's name, revision and license with your results
""",
            "tools": ["Hugging Face Transformers", "Hugging Face Hub", "PyTorch"],
            "hours": 12,
            "prerequisites": ["deep-learning-basics"],
            "resources": [
                {"title": "Hugging Face LLM Course", "start_here": True},
                {"title": "Hugging Face Transformers documentation", "start_here": False},
            ],
        },
        {
            "name": "Experiment tracking and reproducible training",
            "slug": "experiment-tracking",
            "summary": (
                "Recording the code version, data, parameters, metrics and artifacts of every training run so results "
                "can be compared and reproduced."
            ),
            "body": """\
A data scientist may run hundreds of experiments before picking a model. Without tracking, nobody can say later which \
data and settings produced the model in production, or reproduce it. Experiment trackers log each run automatically, \
and together with pinned environments, fixed random seeds and versioned data they make training repeatable.

Knowing it means you can:

- log parameters, metrics and artifacts from a training script to a tracking server
- compare runs and find the one behind a given model
- rerun an old experiment from its recorded code version, data version and settings and get the same result
""",
            "tools": ["MLflow", "Weights & Biases", "DVC"],
            "hours": 8,
            "prerequisites": ["ml-fundamentals", "git-basics", "python-packaging"],
            "resources": [
                {"title": "MLflow", "start_here": True},
                {"title": "Weights & Biases documentation", "start_here": False},
                {"title": "MLOps Zoomcamp", "start_here": False},
            ],
        },
        {
            "name": "Data drift, concept drift and model decay",
            "slug": "drift-concepts",
            "summary": (
                "Why models get worse after deployment: changes in the input data, in the relationship between inputs "
                "and outcomes, and feedback loops."
            ),
            "body": """\
A model is trained on a snapshot of the world, and the world moves on. Data drift is a change in the inputs (new \
customers, a new product range); concept drift is a change in what the right answer is (fraudsters change tactics). \
Both make a model decay without any code changing. Understanding them comes before monitoring them.

Knowing it means you can:

- explain data drift, concept drift and label delay with examples from a real domain
- say which kinds of drift are likely for a given model, and how fast
- recognize feedback loops, where the model's own predictions change the data it later learns from
""",
            "tools": ["Evidently"],
            "hours": 6,
            "prerequisites": ["evaluation-metrics"],
            "resources": [
                {"title": "Designing Machine Learning Systems", "start_here": True},
                {"title": "Machine Learning in Production", "start_here": False},
            ],
        },
        {
            "name": "Fairness and explainability",
            "slug": "responsible-ai",
            "summary": (
                "Checking whether a model treats groups of people differently, and explaining which inputs drive its "
                "predictions."
            ),
            "body": """\
Models that affect people (lending, hiring, healthcare, pricing) can encode unfair patterns from their data, and \
regulators and users increasingly ask why a model decided what it did. Fairness metrics and explanation methods turn \
those questions into checks you can run in a pipeline and report on.

Knowing it means you can:

- compute a model's metrics separately for relevant groups and discuss the gaps
- explain individual predictions and overall feature importance with SHAP, and state the method's limits
- add a fairness or explanation report to an evaluation step
""",
            "tools": ["SHAP", "Fairlearn"],
            "hours": 12,
            "prerequisites": ["evaluation-metrics"],
            "resources": [
                {"title": "Interpretable Machine Learning", "start_here": True},
                {"title": "Fairlearn", "start_here": False},
                {"title": "SHAP documentation", "start_here": False},
            ],
        },
    ],
    "programming-python": [
        {
            "name": "Core Python",
            "slug": "python-core",
            "summary": (
                "The Python language itself: data types, control flow, functions, classes, modules and exceptions."
            ),
            "body": """\
Everything else in this guide assumes you can read and write ordinary Python with confidence. Data scientists hand \
over Python code, pipelines are defined in Python, and most ML Ops tools offer a Python interface first. Fluency here \
means reading unfamiliar code quickly and changing it without breaking it.

Knowing it means you can:

- write functions and small classes, and organize code into modules and packages
- use lists, dictionaries, sets, comprehensions and generators where each fits
- raise and handle exceptions deliberately instead of letting everything crash or be silenced
- read a traceback and find the line and the cause of an error
""",
            "tools": ["Python", "VS Code", "PyCharm"],
            "hours": 30,
            "prerequisites": [],
            "resources": [
                {"title": "The Python Tutorial", "start_here": True},
                {"title": "Fluent Python", "start_here": False},
            ],
        },
        {
            "name": "The Linux command line and shell scripting",
            "slug": "linux-shell",
            "summary": (
                "Working in a Linux terminal: files, processes, pipes, environment variables and small Bash scripts."
            ),
            "body": """\
Servers, containers and CI runners almost all run Linux, and you reach them through a terminal. Much day-to-day ML Ops \
work (reading logs, checking a container, fixing a CI job) happens at the command line, and short shell scripts glue \
tools together.

Knowing it means you can:

- move around the file system, inspect files and search them with grep
- chain commands with pipes and redirect output to files
- see which processes are running, what they use and how to stop them
- write a short Bash script that stops on the first error and reads settings from environment variables
""",
            "tools": ["Bash", "grep", "ssh", "tmux"],
            "hours": 15,
            "prerequisites": [],
            "resources": [
                {"title": "The Missing Semester of Your CS Education", "start_here": True},
                {"title": "The Linux Command Line", "start_here": False},
            ],
        },
        {
            "name": "Git, branches and pull requests",
            "slug": "git-basics",
            "summary": (
                "Version control with Git: commits, branches, merges, pull requests, tags and resolving conflicts."
            ),
            "body": """\
Git records every change to code and configuration, and in ML Ops it is the starting point for almost everything: CI \
runs on commits, releases are tags, and GitOps tools deploy what is in a repository. Working in small branches \
reviewed through pull requests is how teams change production systems safely.

Knowing it means you can:

- commit in small, well-described steps and keep a tidy history
- create branches, open pull requests and respond to review
- resolve a merge conflict without losing anyone's work
- tag a release and find out which commit introduced a change
""",
            "tools": ["Git", "GitHub", "GitLab"],
            "hours": 12,
            "prerequisites": ["linux-shell"],
            "resources": [
                {"title": "Pro Git", "start_here": True},
                {"title": "The Missing Semester of Your CS Education", "start_here": False},
            ],
        },
        {
            "name": "Environments, dependencies and packaging",
            "slug": "python-packaging",
            "summary": (
                "Isolating projects in virtual environments, declaring and locking dependencies, and packaging code so "
                "it installs the same way everywhere."
            ),
            "body": """\
Machine learning code depends on many heavy libraries whose versions matter: a minor upgrade can change results or \
break a model file. Reproducible environments, declared in `pyproject.toml` and pinned in a lock file, are what let a \
training job or a prediction service behave the same on a laptop, in CI and in production.

Knowing it means you can:

- create a virtual environment and explain why not to install into the system Python
- declare dependencies in `pyproject.toml` and produce a lock file with exact versions
- turn a folder of scripts into an installable package
- upgrade one dependency on purpose and see what else changes
""",
            "tools": ["pip", "uv", "Poetry", "venv"],
            "hours": 8,
            "prerequisites": ["python-core"],
            "resources": [
                {"title": "Python Packaging User Guide", "start_here": True},
                {"title": "uv documentation", "start_here": False},
            ],
        },
        {
            "name": "Tabular data with NumPy and pandas",
            "slug": "pandas-numpy",
            "summary": (
                "Loading, cleaning, transforming and summarizing tabular data with NumPy arrays and pandas or Polars "
                "data frames."
            ),
            "body": """\
Most models in industry are trained on tables, and most preprocessing code you will inherit is written with pandas. \
Knowing how data frames behave (types, missing values, indexes, joins) lets you turn that code into pipeline steps and \
spot where it silently changes the data.

Knowing it means you can:

- read CSV and Parquet files and check the types and missing values of each column
- filter, group, join and reshape data frames without loops
- explain the difference between a copy and a view, and avoid chained assignment
- notice when a job is too large for one machine's memory and choose another approach
""",
            "tools": ["NumPy", "pandas", "Polars", "Jupyter"],
            "hours": 20,
            "prerequisites": ["python-core"],
            "resources": [
                {"title": "Python for Data Analysis", "start_here": True},
                {"title": "pandas documentation", "start_here": False},
            ],
        },
        {
            "name": "SQL for querying data",
            "slug": "sql-basics",
            "summary": (
                "Querying relational databases and warehouses with SQL: selecting, filtering, joining and aggregating."
            ),
            "body": """\
Training data usually starts life in a database or a data warehouse, and the quickest way to answer a question about \
it is a SQL query. You will use SQL to build training sets, check what changed in an upstream table, and investigate \
incidents.

Knowing it means you can:

- select, filter and sort rows, and aggregate them with GROUP BY
- join tables correctly and notice when a join multiplies rows
- handle NULL values deliberately
- read a query someone else wrote and explain what it returns
""",
            "tools": ["PostgreSQL", "SQLite", "DuckDB"],
            "hours": 15,
            "prerequisites": [],
            "resources": [
                {"title": "SQLBolt", "start_here": True},
                {"title": "PostgreSQL Documentation", "start_here": False},
            ],
        },
        {
            "name": "Testing with pytest",
            "slug": "pytest-testing",
            "summary": (
                "Writing automated tests for Python code, including data-processing code, with pytest and its fixtures."
            ),
            "body": """\
Tests are what let you change a pipeline or a prediction service with confidence, and what CI runs on every change. \
Data-processing code needs tests as much as any other code, because its bugs do not crash: they quietly produce wrong \
numbers.

Knowing it means you can:

- write unit tests with plain asserts, and share setup through fixtures
- test a data transformation on a small, hand-made data frame with known answers
- use parametrized tests to cover many cases with one test function
- measure coverage and decide which untested code matters
""",
            "tools": ["pytest", "coverage.py"],
            "hours": 10,
            "prerequisites": ["python-core"],
            "resources": [
                {"title": "pytest documentation", "start_here": True},
                {"title": "Made With ML", "start_here": False},
            ],
        },
        {
            "name": "Type hints, linting and formatting",
            "slug": "code-quality",
            "summary": (
                "Adding type hints, checking them with a type checker, and keeping code consistent with a linter and "
                "an automatic formatter."
            ),
            "body": """\
Linters and type checkers catch whole classes of bugs before the code runs, and an automatic formatter ends arguments \
about style in review. In a team that shares pipelines and services, these tools keep code readable by people who did \
not write it.

Knowing it means you can:

- add type hints to functions and fix what a type checker reports
- configure a linter and a formatter for a project and run them before every commit
- understand a lint rule before silencing it
""",
            "tools": ["Ruff", "mypy", "pre-commit"],
            "hours": 6,
            "prerequisites": ["python-core"],
            "resources": [
                {"title": "Ruff documentation", "start_here": True},
                {"title": "mypy documentation", "start_here": False},
            ],
        },
        {
            "name": "A prediction API with FastAPI",
            "slug": "prediction-api",
            "summary": (
                "Writing a small web service in Python that validates its input, calls a model and returns predictions "
                "as JSON."
            ),
            "body": """\
The most common way to put a model in front of other systems is a small HTTP API. Writing one yourself teaches what \
any serving framework does for you: parse and validate requests, load the model once, return clear errors, and report \
whether the service is healthy.

Knowing it means you can:

- define request and response schemas so bad input is rejected with a clear message
- load a model at start-up rather than on every request
- add a health endpoint and read settings from environment variables
- test the API with a test client, without starting a real server
""",
            "tools": ["FastAPI", "Pydantic", "Uvicorn", "Flask"],
            "hours": 10,
            "prerequisites": ["python-packaging", "pytest-testing"],
            "resources": [
                {"title": "FastAPI documentation", "start_here": True},
                {"title": "Pydantic documentation", "start_here": False},
                {"title": "The Twelve-Factor App", "start_here": False},
            ],
        },
        {
            "name": "Logging, profiling and concurrency",
            "slug": "logging-profiling-concurrency",
            "summary": (
                "Making Python programs explain themselves through logs, finding where they spend their time, and "
                "knowing when threads, processes or async code help."
            ),
            "body": """\
When a job is slow or a service misbehaves at night, logs are often all you have. Profiling shows where time actually \
goes, which is rarely where you guess. And because Python handles threads, processes and async code differently, \
choosing the wrong one can make a prediction service slower, not faster.

Knowing it means you can:

- configure logging with levels and structured fields instead of print statements
- profile a slow script and fix its biggest hotspot
- explain when to use threads, processes or asyncio for a given workload
""",
            "tools": ["logging", "cProfile", "py-spy", "asyncio"],
            "hours": 12,
            "prerequisites": ["python-core"],
            "resources": [
                {"title": "Python Logging HOWTO", "start_here": True},
                {"title": "asyncio documentation", "start_here": False},
            ],
        },
    ],
    "data-engineering": [
        {
            "name": "Advanced SQL: window functions and query performance",
            "slug": "sql-advanced",
            "summary": (
                "SQL beyond the basics: window functions, common table expressions, complex aggregations and making "
                "slow queries fast."
            ),
            "body": """\
Building training sets usually means SQL that goes beyond simple joins: the latest value per customer before a given \
date, rolling averages, ranks within groups. Window functions and common table expressions express these clearly, and \
knowing how the database executes a query keeps it from scanning a whole warehouse.

Knowing it means you can:

- write window functions for running totals, rankings and values as of a point in time
- structure long queries with common table expressions
- read a query plan and fix an obviously slow query
""",
            "tools": ["PostgreSQL", "BigQuery", "Snowflake", "DuckDB"],
            "hours": 20,
            "prerequisites": ["sql-basics"],
            "resources": [
                {"title": "PostgreSQL Documentation", "start_here": True},
                {"title": "Data Engineering Zoomcamp", "start_here": False},
            ],
        },
        {
            "name": "Data modeling and storage formats",
            "slug": "data-modeling",
            "summary": (
                "Organizing data into tables, partitions and schemas, and storing it in formats such as Parquet, Delta "
                "Lake and Apache Iceberg."
            ),
            "body": """\
How data is modeled and stored decides how easy it is to build training sets and how much each query costs. Columnar \
files such as Parquet, and table formats such as Delta Lake and Apache Iceberg that add transactions and time travel \
on top of them, are the usual storage for ML data in a data lake or lakehouse.

Knowing it means you can:

- design fact and dimension tables for a simple domain
- choose partitioning that matches how the data is queried
- explain why Parquet is faster and smaller than CSV for analytics
- read an older version of a Delta Lake or Iceberg table
""",
            "tools": ["Parquet", "Delta Lake", "Apache Iceberg", "dbt"],
            "hours": 12,
            "prerequisites": ["sql-advanced"],
            "resources": [
                {"title": "Fundamentals of Data Engineering", "start_here": True},
                {"title": "Apache Parquet", "start_here": False},
                {"title": "Delta Lake", "start_here": False},
                {"title": "Apache Iceberg", "start_here": False},
            ],
        },
        {
            "name": "ETL and ELT pipelines, reruns and backfills",
            "slug": "etl-elt-pipelines",
            "summary": (
                "Building pipelines that extract, transform and load data, that are safe to rerun, and that can "
                "recompute history."
            ),
            "body": """\
Every ML system depends on pipelines that move data from where it is produced to where models use it. The difference \
between a script and a dependable pipeline is idempotence (running it twice gives the same result as once), clear \
inputs and outputs, and the ability to backfill past dates after a bug fix.

Knowing it means you can:

- write a pipeline step that processes one date partition and is safe to rerun
- backfill a range of past dates after changing a transformation
- choose between transforming before loading (ETL) and inside the warehouse (ELT)
- express transformations in SQL with dbt, with tests on the results
""",
            "tools": ["dbt", "Apache Airflow", "pandas", "SQL"],
            "hours": 12,
            "prerequisites": ["sql-advanced", "python-packaging"],
            "resources": [
                {"title": "Fundamentals of Data Engineering", "start_here": True},
                {"title": "dbt documentation", "start_here": False},
            ],
        },
        {
            "name": "Distributed batch processing with Spark",
            "slug": "batch-processing-spark",
            "summary": "Processing data too large for one machine with a distributed engine such as Apache Spark.",
            "body": """\
Feature pipelines and batch scoring jobs often outgrow a single machine. Distributed engines split the work across a \
cluster, but they bring new failure modes: skewed partitions, shuffles that exhaust memory, small-file problems. \
Knowing how the engine plans a job is what keeps large jobs fast and affordable.

Knowing it means you can:

- write a Spark job with DataFrames or Spark SQL and run it on a cluster
- read the Spark UI to find the slow stage and the cause
- fix data skew and choose sensible partition sizes
""",
            "tools": ["Apache Spark", "PySpark", "Databricks", "Dask"],
            "hours": 20,
            "prerequisites": ["etl-elt-pipelines", "data-modeling"],
            "resources": [
                {"title": "Apache Spark documentation", "start_here": True},
                {"title": "Data Engineering Zoomcamp", "start_here": False},
            ],
        },
        {
            "name": "Streaming basics with Kafka",
            "slug": "streaming-basics",
            "summary": "Events, topics, partitions, consumers and windows: processing data continuously as it arrives.",
            "body": """\
Some ML features must be fresh within seconds (recent clicks, the last few transactions), and some predictions are \
made on events as they happen. Streaming systems such as Apache Kafka carry those events; stream processors compute \
features over time windows. Their ideas (ordering, delivery guarantees, late data) shape how real-time ML systems \
fail.

Knowing it means you can:

- produce and consume events from a Kafka topic
- explain partitions, consumer groups and offsets
- explain at-least-once and exactly-once delivery, and why late events matter for windowed features
""",
            "tools": ["Apache Kafka", "Apache Flink", "Spark Structured Streaming"],
            "hours": 15,
            "prerequisites": ["etl-elt-pipelines"],
            "resources": [
                {"title": "Apache Kafka documentation", "start_here": True},
                {"title": "Designing Data-Intensive Applications", "start_here": False},
            ],
        },
        {
            "name": "Workflow orchestration with Airflow, Dagster or Prefect",
            "slug": "workflow-orchestration",
            "summary": (
                "Scheduling pipelines as graphs of tasks with dependencies, retries, alerts and backfills in an "
                "orchestrator."
            ),
            "body": """\
Training a model in production is a chain of steps (extract data, validate it, build features, train, evaluate, \
register) that must run in order, on a schedule or a trigger, and recover from failures. An orchestrator runs that \
chain, retries what fails, alerts when it cannot, and shows what ran when.

Knowing it means you can:

- define a pipeline as a graph of tasks with dependencies
- set schedules, retries, timeouts and failure alerts
- pass data between tasks through storage rather than memory
- backfill a date range and rerun a single failed task
""",
            "tools": ["Apache Airflow", "Dagster", "Prefect"],
            "hours": 16,
            "prerequisites": ["etl-elt-pipelines"],
            "resources": [
                {"title": "Apache Airflow", "start_here": True},
                {"title": "Dagster documentation", "start_here": False},
                {"title": "Prefect documentation", "start_here": False},
                {"title": "MLOps Zoomcamp", "start_here": False},
            ],
        },
        {
            "name": "Data quality checks and data contracts",
            "slug": "data-validation",
            "summary": (
                "Testing data against declared expectations in pipelines, and agreeing with upstream teams what their "
                "data will look like."
            ),
            "body": """\
Bad data is the most common cause of bad predictions, and it rarely announces itself. Data validation turns \
assumptions (this column is never null, these values lie in this range, this many rows arrive each day) into checks \
that stop a pipeline before a broken batch reaches training or serving. Data contracts extend the idea to an agreement \
with the team that produces the data.

Knowing it means you can:

- declare schema and value checks for a dataset and run them in a pipeline
- decide which failures stop the pipeline and which only warn
- write down a data contract with an upstream team, including how changes are announced
""",
            "tools": ["Great Expectations", "Pandera", "dbt tests"],
            "hours": 10,
            "prerequisites": ["etl-elt-pipelines"],
            "resources": [
                {"title": "Great Expectations", "start_here": True},
                {"title": "Pandera documentation", "start_here": False},
            ],
        },
        {
            "name": "Data versioning and lineage",
            "slug": "data-versioning-lineage",
            "summary": (
                "Recording exactly which version of which data produced each dataset and model, and tracing data from "
                "source to prediction."
            ),
            "body": """\
To reproduce a model, audit it or debug it, you need to know exactly what data it was trained on. Data versioning \
gives datasets identifiers much like Git commits; lineage records which jobs read and wrote which data, so you can \
follow a bad value back to its source or see which models a broken table affected.

Knowing it means you can:

- version a dataset alongside code with DVC, or branch a data lake with lakeFS
- link a trained model to the exact data version it used
- find every downstream dataset and model affected by an upstream table
""",
            "tools": ["DVC", "lakeFS", "OpenLineage", "Delta Lake"],
            "hours": 10,
            "prerequisites": ["git-basics", "etl-elt-pipelines"],
            "resources": [
                {"title": "DVC", "start_here": True},
                {"title": "lakeFS documentation", "start_here": False},
                {"title": "OpenLineage", "start_here": False},
            ],
        },
        {
            "name": "Feature stores and point-in-time correct training data",
            "slug": "feature-stores",
            "summary": (
                "Managing features in one place so that training and serving use the same definitions, with training "
                "data that never peeks into the future."
            ),
            "body": """\
A feature store keeps feature definitions, their historical values for training and their latest values for online \
serving. Its two main jobs are consistency (the same feature logic in training and serving) and point-in-time \
correctness: when building training data, each example gets the feature values as they were at that moment, never \
later ones.

Knowing it means you can:

- define features and entities in a feature store and materialize them to an online store
- build a point-in-time correct training set with a historical join
- explain when a feature store is worth its cost and when a few well-tested SQL tables are enough
""",
            "tools": ["Feast", "Redis", "Databricks Feature Store"],
            "hours": 12,
            "prerequisites": ["feature-engineering", "data-modeling"],
            "resources": [
                {"title": "Feast", "start_here": True},
                {"title": "Designing Machine Learning Systems", "start_here": False},
            ],
        },
        {
            "name": "Personal data, access control and retention",
            "slug": "data-privacy",
            "summary": (
                "Handling personal data lawfully in ML pipelines: knowing where it is, who may access it, how long it "
                "is kept and how it is deleted."
            ),
            "body": """\
Training data often contains personal data, and laws such as the EU's General Data Protection Regulation (GDPR) set \
rules on collecting, using, keeping and deleting it. The engineering side is concrete: know where personal data sits, \
restrict who can read it, keep it only as long as needed, and make deletion requests reach copies and derived datasets \
too.

Knowing it means you can:

- identify personal and sensitive fields in a dataset and document them
- restrict access by role and keep an audit trail of who read what
- apply retention periods and carry out a deletion across derived data
- pseudonymize identifiers where a model does not need them
""",
            "tools": ["IAM policies", "column-level security", "data catalogs"],
            "hours": 6,
            "prerequisites": ["data-modeling"],
            "resources": [
                {"title": "Fundamentals of Data Engineering", "start_here": True},
                {"title": "General Data Protection Regulation (GDPR)", "start_here": False},
            ],
        },
    ],
    "devops-ci-cd": [
        {
            "name": "Linux administration and networking basics",
            "slug": "linux-networking-admin",
            "summary": (
                "Users, permissions, services, disks and the networking basics (IP addresses, ports, DNS, TLS) needed "
                "to run and debug servers."
            ),
            "body": """\
Model services and pipelines run on Linux machines connected over networks, and many incidents come down to a full \
disk, a wrong permission, a port nobody opened or a certificate that expired. Enough administration and networking to \
find those quickly is part of operating anything.

Knowing it means you can:

- manage users, groups and file permissions
- check disk, memory and CPU use and find what is consuming them
- explain IP addresses, ports, DNS and TLS, and test a connection with curl
- read system logs to find why a service did not start
""",
            "tools": ["systemd", "journalctl", "curl", "ssh", "dig"],
            "hours": 20,
            "prerequisites": ["linux-shell"],
            "resources": [
                {"title": "Linux Journey", "start_here": True},
                {"title": "The Linux Command Line", "start_here": False},
            ],
        },
        {
            "name": "Continuous integration pipelines",
            "slug": "ci-pipelines",
            "summary": (
                "Running tests, linters and builds automatically on every change, in a CI service such as GitHub "
                "Actions, GitLab CI or Jenkins."
            ),
            "body": """\
Continuous integration checks every change before it is merged, so broken code is found in minutes by a machine rather \
than in production by a user. For ML projects the same pipeline can also validate data samples and run quick training \
smoke tests.

Knowing it means you can:

- write a CI workflow that installs dependencies, lints, tests and builds on each pull request
- cache dependencies so pipelines stay fast
- read a failing pipeline's logs and reproduce the failure locally
- protect the main branch so only changes that pass CI can be merged
""",
            "tools": ["GitHub Actions", "GitLab CI", "Jenkins"],
            "hours": 12,
            "prerequisites": ["git-basics", "pytest-testing"],
            "resources": [
                {"title": "GitHub Actions documentation", "start_here": True},
                {"title": "GitLab CI/CD documentation", "start_here": False},
                {"title": "Jenkins User Documentation", "start_here": False},
            ],
        },
        {
            "name": "Testing ML systems: data checks, quality gates and smoke tests",
            "slug": "ml-testing",
            "summary": (
                "The tests an ML system needs beyond unit tests: data validation, model quality gates, behavioral "
                "tests and smoke tests after each deployment."
            ),
            "body": """\
A model can pass every unit test and still be worse than the one in production. ML systems need extra checks: that the \
input data is valid, that a new model beats the current one on a fixed evaluation set, that it behaves sensibly on \
known cases, and that the deployed service answers correctly once it is live.

Knowing it means you can:

- add a quality gate that blocks a model that is worse than the current one
- write behavioral tests for cases the model must get right
- run a smoke test against a freshly deployed service and roll back if it fails
""",
            "tools": ["pytest", "Great Expectations", "MLflow"],
            "hours": 12,
            "prerequisites": ["ci-pipelines", "evaluation-metrics"],
            "resources": [
                {"title": "Made With ML", "start_here": True},
                {"title": "Reliable Machine Learning", "start_here": False},
            ],
        },
        {
            "name": "Infrastructure as code with Terraform",
            "slug": "infrastructure-as-code",
            "summary": (
                "Describing servers, networks, storage and permissions in code, reviewing the planned changes, and "
                "applying them with a tool such as Terraform or OpenTofu."
            ),
            "body": """\
Infrastructure as code replaces clicking in a cloud console with versioned files that are reviewed like any other \
code. The same definitions create identical staging and production environments, show exactly what will change before \
it changes, and rebuild everything after a disaster.

Knowing it means you can:

- write Terraform configuration for a storage bucket, a virtual machine and their permissions
- read a plan and explain every change before applying it
- keep state in a shared, locked remote backend
- structure repeated infrastructure into modules with inputs and outputs
""",
            "tools": ["Terraform", "OpenTofu", "Pulumi"],
            "hours": 20,
            "prerequisites": ["ci-pipelines"],
            "resources": [
                {"title": "Terraform Tutorials", "start_here": True},
                {"title": "OpenTofu documentation", "start_here": False},
                {"title": "HashiCorp Certified: Terraform Associate", "start_here": False},
            ],
        },
        {
            "name": "Secrets and software supply-chain security",
            "slug": "secrets-and-supply-chain",
            "summary": (
                "Keeping passwords and keys out of code, and making sure the dependencies and images you ship are the "
                "ones you meant to ship."
            ),
            "body": """\
Pipelines and services need credentials, and leaked credentials are among the most common causes of security \
incidents. The supply chain is the other half: every dependency and base image is code someone else wrote. Pinning, \
scanning and signing them, and recording where each artifact came from, limits what a compromised package can do.

Knowing it means you can:

- store secrets in a secrets manager and inject them at run time, never in Git
- rotate a leaked credential and find where it was used
- scan images and dependencies for known vulnerabilities in CI
- explain what provenance and signing add to a build
""",
            "tools": ["HashiCorp Vault", "AWS Secrets Manager", "Trivy", "Sigstore", "Dependabot"],
            "hours": 10,
            "prerequisites": ["ci-pipelines"],
            "resources": [
                {"title": "HashiCorp Vault documentation", "start_here": True},
                {"title": "Trivy", "start_here": False},
                {"title": "SLSA", "start_here": False},
                {"title": "Sigstore", "start_here": False},
            ],
        },
        {
            "name": "Continuous delivery and deployment pipelines",
            "slug": "continuous-delivery",
            "summary": (
                "Taking every change that passes CI through environments to production by pipeline, with promotion "
                "steps and a fast rollback."
            ),
            "body": """\
Continuous delivery means every change that passes its checks could be released at any time, by a pipeline rather than \
by hand. For ML systems the pipeline releases three things that change at different speeds: code, models and data. \
Small, frequent, reversible releases are safer than rare, large ones.

Knowing it means you can:

- build an artifact once and promote the same artifact through staging to production
- add an approval step where a person must decide
- roll back to the previous version quickly, and practice doing it
- explain how continuous delivery for ML differs from ordinary software
""",
            "tools": ["GitHub Actions", "GitLab CI", "Argo CD"],
            "hours": 10,
            "prerequisites": ["ci-pipelines"],
            "resources": [
                {"title": "Continuous Delivery for Machine Learning", "start_here": True},
                {"title": "Continuous Delivery", "start_here": False},
            ],
        },
        {
            "name": "Model registries and model promotion",
            "slug": "model-registry",
            "summary": (
                "Storing model versions with their metadata in a registry, and promoting them from candidate to "
                "production through recorded steps."
            ),
            "body": """\
A model registry is the handover point between training and deployment. Each registered version carries its metrics, \
the run and data that produced it, and its stage or alias (candidate, staging, production). Deployment pipelines fetch \
models from the registry rather than from someone's laptop, and every promotion is recorded.

Knowing it means you can:

- register a model version from a training run with its metrics and lineage
- promote a version to production and roll back to the previous one
- have a deployment pipeline load whichever version is marked for production
""",
            "tools": ["MLflow", "Amazon SageMaker Model Registry", "Vertex AI Model Registry"],
            "hours": 6,
            "prerequisites": ["experiment-tracking", "continuous-delivery"],
            "resources": [
                {"title": "MLflow", "start_here": True},
                {"title": "Practical MLOps", "start_here": False},
            ],
        },
        {
            "name": "GitOps with Argo CD or Flux",
            "slug": "gitops",
            "summary": (
                "Keeping the desired state of a Kubernetes system in Git and letting an agent in the cluster apply and "
                "reconcile it automatically."
            ),
            "body": """\
With GitOps, a Git repository describes what should run in each environment, and a controller such as Argo CD or Flux \
makes the cluster match it and corrects any drift. Deploying becomes a pull request, rolling back becomes a revert, \
and the history of every environment is the Git log.

Knowing it means you can:

- set up Argo CD or Flux to deploy an application from a repository
- promote a change between environments with a pull request
- explain what happens when someone changes the cluster by hand
""",
            "tools": ["Argo CD", "Flux", "Helm", "Kustomize"],
            "hours": 10,
            "prerequisites": ["continuous-delivery", "helm-kustomize"],
            "resources": [
                {"title": "Argo CD documentation", "start_here": True},
                {"title": "Flux documentation", "start_here": False},
                {"title": "OpenGitOps", "start_here": False},
            ],
        },
        {
            "name": "Automated retraining (continuous training)",
            "slug": "continuous-training",
            "summary": (
                "Retraining, evaluating and releasing models automatically on a schedule or when monitoring shows they "
                "need it."
            ),
            "body": """\
Continuous training closes the ML Ops loop: a pipeline retrains a model on fresh data, evaluates it against the \
current one, registers it if it is better and hands it to the release process. The hard parts are deciding when to \
retrain, guarding against training on bad data, and keeping a person in the loop where the risk calls for it.

Knowing it means you can:

- build a pipeline that retrains, evaluates, compares and registers a model without manual steps
- trigger it on a schedule or from a monitoring signal
- stop it automatically when data validation or the quality gate fails
""",
            "tools": ["Apache Airflow", "Kubeflow Pipelines", "MLflow", "Vertex AI Pipelines"],
            "hours": 10,
            "prerequisites": ["model-registry", "workflow-orchestration", "ml-testing"],
            "resources": [
                {
                    "title": "MLOps: Continuous delivery and automation pipelines in machine learning",
                    "start_here": True,
                },
                {"title": "Designing Machine Learning Systems", "start_here": False},
            ],
        },
        {
            "name": "On-call and incident response",
            "slug": "incident-response",
            "summary": (
                "Being on call for production systems: triage, clear roles during an incident, restoring service "
                "first, and learning afterwards."
            ),
            "body": """\
When a model service fails or starts returning bad predictions, someone has to respond, often outside working hours. \
Incident response is a practiced routine: acknowledge, assess the impact, restore service (often by rolling back) \
before hunting for the root cause, communicate, and review afterwards.

Knowing it means you can:

- follow a runbook to diagnose and mitigate a known failure
- take a defined role in an incident, such as incident commander or communications lead
- choose mitigation over diagnosis while users are affected
- hand over an ongoing incident cleanly at the end of a shift
""",
            "tools": ["PagerDuty", "Slack", "runbooks", "status pages"],
            "hours": 8,
            "prerequisites": ["linux-networking-admin"],
            "resources": [
                {"title": "PagerDuty Incident Response Documentation", "start_here": True},
                {"title": "Atlassian Incident Management Handbook", "start_here": False},
            ],
        },
    ],
    "cloud-platforms": [
        {
            "name": "Core cloud services: compute, storage and serverless",
            "slug": "cloud-core-services",
            "summary": (
                "The building blocks every cloud provider offers: virtual machines, object storage, managed databases "
                "and serverless functions."
            ),
            "body": """\
Whatever provider your organization uses, ML systems are assembled from the same building blocks: virtual machines for \
training and serving, object storage for datasets and model files, managed databases, and serverless functions for \
small event-driven jobs. Learn them well on one provider; the concepts carry over.

Knowing it means you can:

- start, connect to and stop a virtual machine, and choose its size
- store and retrieve files in object storage, and control who can read them
- deploy a small serverless function triggered by a new file
- explain what you pay for with each service
""",
            "tools": ["AWS", "Microsoft Azure", "Google Cloud", "aws CLI", "az CLI", "gcloud CLI"],
            "hours": 20,
            "prerequisites": ["linux-networking-admin"],
            "resources": [
                {"title": "AWS Skill Builder", "start_here": True},
                {"title": "Microsoft Learn training", "start_here": False},
                {"title": "Google Cloud documentation", "start_here": False},
            ],
        },
        {
            "name": "Identity and access management",
            "slug": "cloud-iam",
            "summary": (
                "Users, roles, policies and service accounts in the cloud, and granting each person and workload only "
                "the access it needs."
            ),
            "body": """\
Identity and access management decides who and what can touch your data, models and infrastructure. A common cause of \
cloud security incidents is a credential with far more permissions than it needed. For ML systems, training jobs, \
pipelines and serving endpoints each need their own narrowly scoped identity.

Knowing it means you can:

- create roles and policies that follow least privilege
- give a workload an identity without long-lived access keys
- work out why a request was denied from the error and the audit log
- review a policy and spot permissions that are too broad
""",
            "tools": ["AWS IAM", "Google Cloud IAM", "Microsoft Entra ID"],
            "hours": 10,
            "prerequisites": ["cloud-core-services"],
            "resources": [
                {"title": "AWS Identity and Access Management documentation", "start_here": True},
                {"title": "Google Cloud IAM documentation", "start_here": False},
            ],
        },
        {
            "name": "Cloud networking",
            "slug": "cloud-networking",
            "summary": (
                "Virtual networks, subnets, firewall rules, private endpoints, load balancers and DNS in the cloud."
            ),
            "body": """\
Cloud networking decides what can talk to what. Training clusters should reach data without crossing the public \
internet, prediction endpoints should be reachable only by the services that call them, and load balancers spread \
traffic across replicas. Misconfigured networks cause both outages and exposures.

Knowing it means you can:

- design a virtual network with public and private subnets
- write firewall or security-group rules that allow only the traffic needed
- reach a managed service through a private endpoint
- put a load balancer in front of a service and explain its health checks
""",
            "tools": ["Amazon VPC", "Google Cloud VPC", "Azure Virtual Network", "load balancers"],
            "hours": 12,
            "prerequisites": ["cloud-core-services", "linux-networking-admin"],
            "resources": [
                {"title": "Amazon VPC documentation", "start_here": True},
                {"title": "AWS Skill Builder", "start_here": False},
            ],
        },
        {
            "name": "GPUs, quotas and spot capacity",
            "slug": "gpu-compute",
            "summary": (
                "Choosing GPU and other accelerator machines, getting quota for them, and using discounted spot or "
                "preemptible capacity safely."
            ),
            "body": """\
GPUs are often the largest line on an ML team's cloud bill, and sometimes simply unavailable in the region you want. \
Knowing the machine types, requesting quota ahead of time, and running interruptible work on spot capacity at a large \
discount are everyday ML Ops concerns.

Knowing it means you can:

- choose a GPU machine type for a training or inference job and justify it
- request quota before a project needs it
- run a training job on spot or preemptible machines that resumes from checkpoints after interruption
""",
            "tools": ["NVIDIA GPUs", "AWS EC2 Spot", "Google Cloud Spot VMs", "nvidia-smi"],
            "hours": 8,
            "prerequisites": ["cloud-core-services"],
            "resources": [
                {"title": "GPUs on Compute Engine", "start_here": True},
                {"title": "Spot VMs on Google Cloud", "start_here": False},
            ],
        },
        {
            "name": "Managed Kubernetes and container registries",
            "slug": "managed-kubernetes",
            "summary": (
                "Running Kubernetes clusters through a provider's managed service (EKS, AKS or GKE) and storing images "
                "in its container registry."
            ),
            "body": """\
Most teams that run Kubernetes in the cloud use a managed service, which runs the control plane for them. The ML Ops \
work is in the parts that remain: node pools (including GPU nodes), autoscaling, networking, access from the cluster \
to cloud services, upgrades, and a private registry for images.

Knowing it means you can:

- create a managed cluster with a separate GPU node pool, preferably with infrastructure as code
- let pods use a cloud identity to read from object storage without keys
- push images to the provider's registry and pull them from the cluster
- plan and carry out a cluster version upgrade
""",
            "tools": [
                "Amazon EKS",
                "Azure Kubernetes Service",
                "Google Kubernetes Engine",
                "Amazon ECR",
                "Artifact Registry",
            ],
            "hours": 12,
            "prerequisites": ["k8s-core-objects", "cloud-iam", "cloud-networking"],
            "resources": [
                {"title": "Google Kubernetes Engine documentation", "start_here": True},
                {"title": "Amazon EKS documentation", "start_here": False},
                {"title": "Azure Kubernetes Service documentation", "start_here": False},
            ],
        },
        {
            "name": "Managed ML platforms: SageMaker, Azure ML and Vertex AI",
            "slug": "managed-ml-platforms",
            "summary": (
                "The cloud providers' machine learning services for training jobs, pipelines, model registries and "
                "endpoints."
            ),
            "body": """\
Amazon SageMaker, Azure Machine Learning and Google's Vertex AI bundle the pieces of an ML platform as managed \
services: notebooks, training jobs on on-demand machines, pipelines, a model registry, endpoints and monitoring. They \
can save a small team months of platform work, at the price of cost and lock-in that you should weigh knowingly.

Knowing it means you can:

- run a training job on a managed service with your own container
- register the resulting model and deploy it to a managed endpoint
- estimate what the same workload would cost managed and self-hosted
""",
            "tools": ["Amazon SageMaker", "Azure Machine Learning", "Vertex AI", "Databricks"],
            "hours": 20,
            "prerequisites": ["cloud-iam", "experiment-tracking"],
            "resources": [
                {"title": "Practical MLOps", "start_here": True},
                {"title": "Amazon SageMaker documentation", "start_here": False},
                {"title": "Azure Machine Learning documentation", "start_here": False},
                {"title": "Vertex AI documentation", "start_here": False},
            ],
        },
        {
            "name": "Cloud cost management",
            "slug": "cloud-cost",
            "summary": (
                "Reading a cloud bill, tagging resources, setting budgets and alerts, and cutting waste without "
                "hurting reliability."
            ),
            "body": """\
Cloud costs grow quietly: a forgotten GPU machine, an endpoint with ten idle replicas, logs kept forever. Cost \
management is an engineering habit, not only a finance task. Tags show who spends what, budgets and alerts catch \
surprises early, and regular reviews find the waste.

Knowing it means you can:

- tag resources by team and project and break a bill down by tag
- set budgets and alerts that reach the right people
- find idle and oversized resources and right-size them
- compare on-demand, committed-use and spot pricing for a workload
""",
            "tools": ["AWS Cost Explorer", "Google Cloud Billing", "Azure Cost Management", "Kubecost"],
            "hours": 6,
            "prerequisites": ["cloud-core-services"],
            "resources": [
                {"title": "FinOps Framework", "start_here": True},
                {"title": "AWS Well-Architected Framework", "start_here": False},
            ],
        },
        {
            "name": "Shared responsibility, encryption and compliance",
            "slug": "cloud-security-compliance",
            "summary": (
                "What the provider secures and what you must secure yourself, encrypting data at rest and in transit, "
                "and the basics of compliance."
            ),
            "body": """\
In the cloud, the provider secures the infrastructure and you secure what you build on it: configuration, identities, \
data and code. Encryption at rest and in transit is usually easy to turn on and expensive to forget. Regulated \
industries add compliance requirements about where data lives and who can reach it.

Knowing it means you can:

- explain the shared responsibility model for a given service
- turn on encryption at rest with managed keys and enforce TLS in transit
- keep data in the regions a regulation or contract requires
- use audit logs to answer who changed or read a resource
""",
            "tools": ["AWS KMS", "Google Cloud KMS", "Azure Key Vault", "AWS CloudTrail"],
            "hours": 8,
            "prerequisites": ["cloud-iam"],
            "resources": [
                {"title": "AWS Shared Responsibility Model", "start_here": True},
                {"title": "AWS Well-Architected Framework", "start_here": False},
            ],
        },
        {
            "name": "Reference architectures for ML in the cloud",
            "slug": "cloud-ml-architecture",
            "summary": (
                "Putting the pieces together: well-architected designs for training, pipelines and serving on a cloud "
                "provider."
            ),
            "body": """\
Once you know the individual services, the question becomes how to combine them reliably, securely and affordably. \
Providers publish reference architectures and review frameworks for ML workloads; reading them, and comparing them \
with your own system, is a quick way to find gaps.

Knowing it means you can:

- draw your ML system's architecture on one provider and explain each choice
- review it against a well-architected framework and list the gaps
- explain the levels of ML Ops automation, from manual to fully automated pipelines
""",
            "tools": ["AWS", "Microsoft Azure", "Google Cloud"],
            "hours": 10,
            "prerequisites": ["managed-ml-platforms", "cloud-cost", "cloud-security-compliance"],
            "resources": [
                {"title": "AWS Well-Architected Machine Learning Lens", "start_here": True},
                {
                    "title": "MLOps: Continuous delivery and automation pipelines in machine learning",
                    "start_here": False,
                },
            ],
        },
    ],
    "containers-orchestration": [
        {
            "name": "Containers, images and registries",
            "slug": "container-basics",
            "summary": (
                "What containers and images are, how layers work, and how images are stored in and pulled from "
                "registries."
            ),
            "body": """\
A container packages an application with everything it needs, so it runs the same on a laptop, in CI and in \
production. Images are built in layers and stored in registries; containers are running instances of them. This is the \
foundation for almost every way of deploying models today.

Knowing it means you can:

- run, stop and inspect containers, and read their logs
- explain images, layers, tags and digests
- mount volumes and publish ports
- push an image to a registry and pull it by digest
""",
            "tools": ["Docker", "Podman", "Docker Hub"],
            "hours": 8,
            "prerequisites": ["linux-shell"],
            "resources": [
                {"title": "Docker Docs", "start_here": True},
            ],
        },
        {
            "name": "Dockerfiles for Python model services",
            "slug": "dockerfiles",
            "summary": (
                "Writing Dockerfiles that build a Python application with its model and dependencies quickly and "
                "reproducibly."
            ),
            "body": """\
A good Dockerfile for an ML service installs pinned dependencies in a cached layer, copies code after dependencies so \
rebuilds are fast, and produces the same image every time. Machine learning images are often huge; knowing where the \
size comes from is the first step to shrinking it.

Knowing it means you can:

- write a Dockerfile for a prediction service that installs from a lock file
- order instructions so that code changes do not reinstall every dependency
- use a `.dockerignore` file and build arguments
- run the service with Docker Compose alongside a database or cache
""",
            "tools": ["Docker", "BuildKit", "Docker Compose"],
            "hours": 10,
            "prerequisites": ["container-basics", "python-packaging"],
            "resources": [
                {"title": "Docker Docs", "start_here": True},
                {"title": "Docker build best practices", "start_here": False},
            ],
        },
        {
            "name": "Small, secure images",
            "slug": "secure-images",
            "summary": (
                "Multi-stage builds, slim base images, non-root users, pinned versions and vulnerability scanning."
            ),
            "body": """\
Smaller images deploy and scale faster and contain fewer vulnerable packages. Multi-stage builds keep compilers and \
build tools out of the final image, a non-root user limits what an attacker can do, and scanning in CI catches known \
vulnerabilities before release.

Knowing it means you can:

- cut an image's size with a multi-stage build and a slim base image
- run the container as a non-root user with a read-only file system where possible
- pin the base image by digest and update it on purpose
- scan images in CI and decide which findings block a release
""",
            "tools": ["Docker", "Trivy", "distroless images"],
            "hours": 8,
            "prerequisites": ["dockerfiles"],
            "resources": [
                {"title": "Docker build best practices", "start_here": True},
                {"title": "Trivy", "start_here": False},
            ],
        },
        {
            "name": "GPU workloads in containers",
            "slug": "gpu-containers",
            "summary": (
                "Running GPU training and inference in containers: drivers, CUDA versions, the NVIDIA Container "
                "Toolkit and GPU scheduling in Kubernetes."
            ),
            "body": """\
GPU containers add a layer of version matching: the host's driver, the CUDA version in the image and the framework's \
build must agree. On Kubernetes, a device plugin exposes GPUs as a resource that pods request. Getting this right is \
the difference between a training job that starts and one that silently falls back to the CPU.

Knowing it means you can:

- run a container with GPU access and confirm the framework sees the GPU
- choose a CUDA base image compatible with your framework and the host driver
- request GPUs for a pod in Kubernetes and keep other workloads off GPU nodes
""",
            "tools": ["NVIDIA Container Toolkit", "CUDA", "NVIDIA GPU Operator", "Kubernetes device plugins"],
            "hours": 6,
            "prerequisites": ["dockerfiles"],
            "resources": [
                {"title": "NVIDIA Container Toolkit documentation", "start_here": True},
                {"title": "Kubernetes Documentation", "start_here": False},
            ],
        },
        {
            "name": "Kubernetes core objects",
            "slug": "k8s-core-objects",
            "summary": (
                "Pods, deployments, services, ingress, config maps, secrets and jobs, and how kubectl manages them."
            ),
            "body": """\
Kubernetes describes what should run as declarative objects, and its controllers keep reality matching the \
description. Deployments run model services, services and ingress route traffic to them, config maps and secrets carry \
settings, and jobs run batch work such as training or scoring.

Knowing it means you can:

- run a local cluster with kind or minikube
- deploy a containerized service with a deployment and a service, and reach it through ingress
- pass configuration and secrets to pods
- run a one-off job and a scheduled job
""",
            "tools": ["Kubernetes", "kubectl", "kind", "minikube"],
            "hours": 20,
            "prerequisites": ["container-basics"],
            "resources": [
                {"title": "Introduction to Kubernetes (LFS158)", "start_here": True},
                {"title": "Kubernetes Documentation", "start_here": False},
                {"title": "kind", "start_here": False},
            ],
        },
        {
            "name": "Resources, health checks, autoscaling and rolling updates",
            "slug": "k8s-resources-scaling",
            "summary": (
                "Resource requests and limits, liveness and readiness probes, horizontal autoscaling and zero-downtime "
                "rolling updates."
            ),
            "body": """\
A model service on Kubernetes needs to tell the scheduler what it uses, tell Kubernetes when it is ready for traffic \
(loading a large model can take a while), scale with load, and update without dropping requests. These settings are \
where many production problems with model services start.

Knowing it means you can:

- set requests and limits from measured usage
- add readiness and liveness probes that suit a service that loads a large model
- configure a horizontal pod autoscaler and watch it react to load
- roll out a new version with no failed requests, and roll it back
""",
            "tools": ["Kubernetes", "Horizontal Pod Autoscaler", "metrics-server"],
            "hours": 10,
            "prerequisites": ["k8s-core-objects"],
            "resources": [
                {"title": "Kubernetes Documentation", "start_here": True},
                {"title": "Certified Kubernetes Application Developer (CKAD)", "start_here": False},
            ],
        },
        {
            "name": "Packaging with Helm and Kustomize",
            "slug": "helm-kustomize",
            "summary": (
                "Packaging Kubernetes manifests as Helm charts or Kustomize overlays, so one definition serves every "
                "environment."
            ),
            "body": """\
Real deployments need the same application in several environments with small differences: replicas, resources, model \
versions, hostnames. Helm templates manifests into versioned charts; Kustomize layers patches over a common base. Most \
open-source ML tools are installed with Helm charts.

Knowing it means you can:

- install and configure a third-party Helm chart with a values file
- write a small chart or a Kustomize base with overlays for staging and production
- render and review the manifests before applying them
""",
            "tools": ["Helm", "Kustomize"],
            "hours": 8,
            "prerequisites": ["k8s-core-objects"],
            "resources": [
                {"title": "Helm documentation", "start_here": True},
                {"title": "Kustomize", "start_here": False},
            ],
        },
        {
            "name": "Debugging workloads on Kubernetes",
            "slug": "k8s-debugging",
            "summary": (
                "Finding out why a pod is pending, crashing, failing its probes or being killed for using too much "
                "memory."
            ),
            "body": """\
When a model service will not start on Kubernetes, the cause is usually in a few places: the pod cannot be scheduled, \
the image cannot be pulled, the process crashes, a probe fails or the container runs out of memory. Knowing where to \
look turns an hour of guessing into a few commands.

Knowing it means you can:

- read events and `kubectl describe` output to explain a pending or crashing pod
- get logs from the current and the previous container
- recognize a container killed for exceeding its memory limit and fix the cause
- open a shell or a debug container inside a running pod
""",
            "tools": ["kubectl", "k9s", "stern"],
            "hours": 8,
            "prerequisites": ["k8s-resources-scaling"],
            "resources": [
                {"title": "Kubernetes Documentation", "start_here": True},
                {"title": "Certified Kubernetes Application Developer (CKAD)", "start_here": False},
            ],
        },
        {
            "name": "ML pipelines on Kubernetes: Kubeflow and Argo Workflows",
            "slug": "ml-pipelines-kubernetes",
            "summary": (
                "Running training and data pipelines as containerized steps on Kubernetes with Kubeflow Pipelines or "
                "Argo Workflows."
            ),
            "body": """\
Kubernetes-native workflow engines run each pipeline step in its own container, so steps can use different \
dependencies and hardware (a GPU for training, a small CPU pod for validation). Kubeflow Pipelines adds ML-specific \
features such as artifact tracking; Argo Workflows is the general-purpose engine underneath many platforms.

Knowing it means you can:

- define a pipeline of containerized steps that pass artifacts between them
- give a single step a GPU and a larger memory limit
- rerun a pipeline with cached results for unchanged steps
""",
            "tools": ["Kubeflow Pipelines", "Argo Workflows"],
            "hours": 15,
            "prerequisites": ["helm-kustomize", "workflow-orchestration"],
            "resources": [
                {"title": "Kubeflow", "start_here": True},
                {"title": "Argo Workflows documentation", "start_here": False},
            ],
        },
        {
            "name": "Cluster security: namespaces, RBAC and network policies",
            "slug": "cluster-security",
            "summary": (
                "Isolating teams and workloads in a shared cluster with namespaces, role-based access control, pod "
                "security and network policies."
            ),
            "body": """\
Shared clusters host many teams' models and pipelines, so one compromised or misbehaving workload must not reach the \
others. Namespaces, role-based access control, pod security standards and network policies are the main tools, along \
with quotas that stop one team's jobs from using every GPU.

Knowing it means you can:

- give a team its own namespace with access limited by role
- apply pod security standards that block privileged containers
- write a network policy that lets only the gateway reach a model service
- set resource quotas per namespace
""",
            "tools": ["Kubernetes RBAC", "NetworkPolicy", "Pod Security Admission"],
            "hours": 10,
            "prerequisites": ["k8s-core-objects"],
            "resources": [
                {"title": "Kubernetes Security Checklist", "start_here": True},
                {"title": "Certified Kubernetes Administrator (CKA)", "start_here": False},
            ],
        },
    ],
    "problem-solving": [
        {
            "name": "Stating a problem precisely",
            "slug": "stating-problems",
            "summary": (
                "Turning a vague report that something is broken into a precise description: what is wrong, since "
                "when, for whom, and how you know."
            ),
            "body": """\
Many investigations go wrong at the start, chasing a vague symptom. A precise statement (which predictions, which \
users, since which deployment, measured how) often points at the cause by itself, and it lets others help. It also \
sets what "fixed" will mean.

Knowing it means you can:

- write a problem statement that separates observations from guesses
- establish when the problem started and what changed around that time
- state how you will know the problem is solved
""",
            "tools": ["investigation notes", "change logs", "dashboards"],
            "hours": 4,
            "prerequisites": [],
            "resources": [
                {"title": "Debugging: The 9 Indispensable Rules", "start_here": True},
                {"title": "SRE Book: Effective Troubleshooting", "start_here": False},
            ],
        },
        {
            "name": "Hypothesis-driven debugging",
            "slug": "hypothesis-debugging",
            "summary": (
                "Debugging as a loop of observing, forming a hypothesis, testing it cheaply and narrowing down, one "
                "change at a time."
            ),
            "body": """\
Methodical debugging treats a fault like an experiment: list the plausible causes, test the cheapest and most likely \
first, change one thing at a time, and write down what each test ruled out. It is slower than guessing for the first \
ten minutes and much faster after that, especially when a fault spans code, data and infrastructure.

Knowing it means you can:

- list hypotheses across code, data, configuration and infrastructure before testing any
- design a quick test that would rule a hypothesis out
- keep notes of what was tried so nobody repeats it
""",
            "tools": ["investigation notes", "debuggers", "rubber-duck debugging"],
            "hours": 8,
            "prerequisites": ["stating-problems"],
            "resources": [
                {"title": "SRE Book: Effective Troubleshooting", "start_here": True},
                {"title": "Debugging: The 9 Indispensable Rules", "start_here": False},
            ],
        },
        {
            "name": "Bisecting code, data and configuration",
            "slug": "bisecting-changes",
            "summary": (
                "Finding the change that caused a problem by halving the range of suspects, whether commits, data "
                "dates or configuration versions."
            ),
            "body": """\
When something worked last week and does not today, the fastest route to the cause is often a binary search over what \
changed. Git can do this over commits automatically; the same idea works over days of data, library versions or \
configuration changes. A handful of tests can search through hundreds of changes.

Knowing it means you can:

- use `git bisect` with a test script to find the commit that broke a test
- bisect over data by replaying the pipeline on earlier dates
- isolate a breaking library upgrade by changing one pinned version at a time
""",
            "tools": ["git bisect", "lock files", "DVC"],
            "hours": 4,
            "prerequisites": ["hypothesis-debugging", "git-basics"],
            "resources": [
                {"title": "git bisect documentation", "start_here": True},
                {"title": "Pro Git", "start_here": False},
            ],
        },
        {
            "name": "Reading telemetry to locate a fault",
            "slug": "reading-telemetry",
            "summary": (
                "Using dashboards, logs and traces to narrow a problem down to a service, a step, a segment of traffic "
                "or a moment in time."
            ),
            "body": """\
Telemetry turns a vague symptom into a location. Comparing what changed between good and bad periods, slicing by model \
version, region or customer segment, and following a single failing request through its trace quickly rule out most of \
the system. The skill is asking the data the right questions.

Knowing it means you can:

- narrow a problem by slicing metrics by version, region and segment
- correlate the start of a problem with deployments and configuration changes
- follow a failing request through logs and traces to the failing step
""",
            "tools": ["Grafana", "Prometheus", "Jaeger", "log search"],
            "hours": 6,
            "prerequisites": ["hypothesis-debugging", "observability-signals"],
            "resources": [
                {"title": "Observability Engineering", "start_here": True},
                {"title": "SRE Book: Effective Troubleshooting", "start_here": False},
            ],
        },
        {
            "name": "Minimal reproductions and asking for help",
            "slug": "minimal-reproductions",
            "summary": (
                "Stripping a failure down to the smallest example that still shows it, and asking for help in a way "
                "that gets a useful answer."
            ),
            "body": """\
A minimal reproduction removes everything not needed to show a problem. Making one often reveals the cause, and it is \
what maintainers and colleagues need before they can help. Knowing when to ask, after a reasonable attempt and before \
hours are wasted, and asking with the context already gathered, is part of the same skill.

Knowing it means you can:

- reduce a failing pipeline or service to a short script that shows the same error
- write a question or bug report with the environment, the steps, and the expected and actual results
- decide when it is time to ask for help and whom to ask
""",
            "tools": ["minimal scripts", "issue trackers", "small sample datasets"],
            "hours": 3,
            "prerequisites": ["stating-problems"],
            "resources": [
                {"title": "How to create a Minimal, Reproducible Example", "start_here": True},
                {"title": "How do I ask a good question?", "start_here": False},
            ],
        },
        {
            "name": "Root-cause analysis and the five whys",
            "slug": "root-cause-analysis",
            "summary": (
                "Looking past the immediate trigger of a failure to the conditions that allowed it, with techniques "
                "such as the five whys."
            ),
            "body": """\
The trigger of an incident (a bad deploy, an upstream change) is rarely the whole story; the deeper question is why \
the system let that trigger cause harm. Asking "why" repeatedly moves from symptom to conditions that can be changed. \
Complex failures usually have several contributing factors rather than one root, and good analysis names them all \
without blaming people.

Knowing it means you can:

- run a five-whys session that ends in causes you can act on
- distinguish triggers from contributing factors
- keep the analysis about systems and processes, not individuals
""",
            "tools": ["the five whys", "timelines", "blameless postmortems"],
            "hours": 4,
            "prerequisites": ["hypothesis-debugging"],
            "resources": [
                {"title": "5 Whys (Atlassian Team Playbook)", "start_here": True},
                {"title": "Learning from Incidents", "start_here": False},
            ],
        },
        {
            "name": "Weighing trade-offs and reversible decisions",
            "slug": "trade-offs",
            "summary": (
                "Comparing options by time, cost, risk and how easily they can be undone, and deciding at the right "
                "speed."
            ),
            "body": """\
Most engineering choices have no perfect answer, only trade-offs between speed, cost, risk and quality. A useful habit \
is to ask how reversible a decision is: easily undone choices should be made quickly, hard-to-reverse ones deserve \
more analysis and more people. Writing the options and reasons down makes the decision easier to revisit.

Knowing it means you can:

- lay out two or three options with their costs, risks and reversibility
- choose a quick fix now and a proper fix later, and make sure the later one happens
- record a decision and the reasons for it where the team will find them
""",
            "tools": ["decision records", "option comparisons"],
            "hours": 4,
            "prerequisites": ["stating-problems"],
            "resources": [
                {"title": "The Staff Engineer's Path", "start_here": True},
                {"title": "Designing Data-Intensive Applications", "start_here": False},
            ],
        },
        {
            "name": "Turning incident lessons into lasting fixes",
            "slug": "lasting-fixes",
            "summary": (
                "Following an incident through to changes that stop the same class of problem recurring: tests, "
                "checks, alerts, automation and runbooks."
            ),
            "body": """\
An incident is only truly closed when the system is changed so the same class of problem cannot recur unnoticed. That \
means follow-up actions with owners and dates, and a preference for changes that work without anyone remembering: \
automated checks, tests, better alerts and guard rails rather than a note to be more careful.

Knowing it means you can:

- write follow-up actions that are specific, owned and dated
- prefer automated prevention and detection over instructions to people
- review past incidents for patterns and fix the shared cause
""",
            "tools": ["postmortems", "issue trackers", "runbooks"],
            "hours": 4,
            "prerequisites": ["root-cause-analysis"],
            "resources": [
                {"title": "SRE Book: Postmortem Culture", "start_here": True},
                {"title": "Reliable Machine Learning", "start_here": False},
            ],
        },
    ],
    "communication": [
        {
            "name": "Writing for your reader",
            "slug": "writing-for-reader",
            "summary": (
                "Clear technical writing: the conclusion first, short sentences, plain words and only the detail the "
                "reader needs."
            ),
            "body": """\
Most of an ML Ops engineer's communication is written: messages, tickets, pull requests, documents. Clear writing \
starts with the reader: what do they need to know or decide, and what do they already know? Lead with the conclusion, \
use plain words, explain unavoidable jargon once, and cut the rest.

Knowing it means you can:

- rewrite a long message so its main point is in the first sentence
- replace jargon with plain words, or define it once
- adjust the same update for an engineer and for a manager
""",
            "tools": ["style guides", "spell checkers"],
            "hours": 8,
            "prerequisites": [],
            "resources": [
                {"title": "Google Technical Writing courses", "start_here": True},
                {"title": "Writing for GOV.UK", "start_here": False},
            ],
        },
        {
            "name": "Pull-request descriptions and code review",
            "slug": "pull-requests-reviews",
            "summary": (
                "Describing changes so reviewers can judge them quickly, and reviewing others' changes with kind, "
                "specific and actionable comments."
            ),
            "body": """\
Code review is where most engineering communication happens day to day. A good pull request says what changed, why, \
how it was tested and how to roll it back. A good review focuses on what matters (correctness, risk, clarity), says \
clearly which comments block the merge, and is kind to the author.

Knowing it means you can:

- write pull-request descriptions that a reviewer can act on without asking questions
- give review comments that explain the reason and separate blocking issues from suggestions
- respond to critical review without defensiveness
""",
            "tools": ["GitHub", "GitLab", "pull-request templates"],
            "hours": 4,
            "prerequisites": ["writing-for-reader", "git-basics"],
            "resources": [
                {"title": "Google Engineering Practices Documentation", "start_here": True},
                {"title": "Conventional Comments", "start_here": False},
            ],
        },
        {
            "name": "Design documents and decision records",
            "slug": "design-docs-adrs",
            "summary": (
                "Writing design documents for larger changes, with context, options and trade-offs, and short "
                "architecture decision records, with diagrams where they help."
            ),
            "body": """\
A design document lets people challenge a plan before it is built, when changes are cheap. It states the context and \
goals, the options considered, the chosen design and its trade-offs. Architecture decision records are their short \
cousins: one decision, its context and consequences, kept next to the code. Simple diagrams of data and model flows \
make both easier to follow.

Knowing it means you can:

- write a design document for an ML pipeline or service and gather comments on it
- record a decision as an ADR in the repository
- draw a clear diagram of how data and models move through a system
""",
            "tools": ["design docs", "ADRs", "Mermaid", "draw.io", "C4 model"],
            "hours": 6,
            "prerequisites": ["writing-for-reader"],
            "resources": [
                {"title": "Design Docs at Google", "start_here": True},
                {"title": "Architecture Decision Records", "start_here": False},
                {"title": "C4 model", "start_here": False},
            ],
        },
        {
            "name": "Documentation people can follow",
            "slug": "documentation-runbooks",
            "summary": (
                "READMEs, how-to guides, references and runbooks organized around what the reader is trying to do."
            ),
            "body": """\
Documentation lets a team operate systems without depending on one person's memory. The Diátaxis framework separates \
four kinds of documentation (tutorials, how-to guides, reference and explanation), each written for a different need. \
Runbooks are how-to guides for operations: precise steps for a known situation, tested by someone other than the \
author.

Knowing it means you can:

- write a README that gets a new colleague running the project
- write a runbook that someone unfamiliar with the system can follow under pressure
- tell which kind of documentation a page should be and fix one that mixes them
""",
            "tools": ["Markdown", "MkDocs", "runbooks", "READMEs"],
            "hours": 6,
            "prerequisites": ["writing-for-reader"],
            "resources": [
                {"title": "Diátaxis", "start_here": True},
                {"title": "Google Technical Writing courses", "start_here": False},
            ],
        },
        {
            "name": "Communicating during incidents",
            "slug": "incident-communication",
            "summary": (
                "Regular, factual incident updates that say what is known, what is not, what is being done and when "
                "the next update will come."
            ),
            "body": """\
During an incident, silence breeds worry and interruptions. A communications lead sends updates at a fixed interval to \
the right audiences: a technical channel for responders, plain-language notes for stakeholders and, when needed, a \
public status page. Each update says what is affected, what is known and not known, what is being done, and when the \
next update will come.

Knowing it means you can:

- write an incident update for stakeholders in plain language
- keep a steady update cadence even when there is no news
- separate the responders' channel from the stakeholders' channel
""",
            "tools": ["status pages", "Slack", "incident templates"],
            "hours": 4,
            "prerequisites": ["writing-for-reader"],
            "resources": [
                {"title": "Atlassian: Incident communication", "start_here": True},
                {"title": "PagerDuty Incident Response Documentation", "start_here": False},
            ],
        },
        {
            "name": "Writing blameless postmortems",
            "slug": "postmortem-writing",
            "summary": (
                "Writing up an incident with its timeline, impact, contributing factors and follow-up actions, without "
                "blaming individuals."
            ),
            "body": """\
A postmortem turns an incident into shared learning. It records what happened, when and with what impact, what \
contributed, what went well, and what will change. Blamelessness is essential: people describe their actions honestly \
only if they trust that the aim is to fix the system, not to find a culprit.

Knowing it means you can:

- write a postmortem with an accurate timeline, impact and contributing factors
- phrase the analysis around systems and decisions rather than people's mistakes
- run a postmortem review meeting and agree owned follow-up actions
""",
            "tools": ["postmortem templates", "timelines"],
            "hours": 4,
            "prerequisites": ["incident-communication"],
            "resources": [
                {"title": "SRE Book: Postmortem Culture", "start_here": True},
                {"title": "Atlassian Incident Management Handbook", "start_here": False},
            ],
        },
        {
            "name": "Explaining model behavior, uncertainty and risk",
            "slug": "explaining-models",
            "summary": (
                "Explaining what a model does, how good it is, how sure it is and what can go wrong, to people without "
                "a technical background."
            ),
            "body": """\
Decisions about launching, trusting or retiring a model are often made by people who are not specialists. They need \
honest, plain explanations: what the model predicts and from what, how often it is wrong and in which ways, how its \
quality is monitored, and what happens when it fails. Overstating certainty does more harm than admitting limits.

Knowing it means you can:

- explain precision and recall, or their equivalent, with concrete numbers of cases
- describe a model's limits and failure modes without jargon
- present a model change with its expected benefit, risk and rollback plan
""",
            "tools": ["model cards", "dashboards", "worked examples"],
            "hours": 8,
            "prerequisites": ["writing-for-reader", "evaluation-metrics"],
            "resources": [
                {"title": "People + AI Guidebook", "start_here": True},
                {"title": "Interpretable Machine Learning", "start_here": False},
            ],
        },
        {
            "name": "Focused meetings, demos and active listening",
            "slug": "meetings-and-listening",
            "summary": (
                "Running short meetings with a clear purpose, demonstrating working software, and listening to "
                "understand what people actually need."
            ),
            "body": """\
ML Ops engineers sit between teams, so much of the job is understanding what data scientists, platform teams and \
product managers actually need. Active listening, asking clarifying questions and summarizing back, prevents building \
the wrong thing. Short meetings with a stated purpose and a demo of working software move decisions faster than \
slides.

Knowing it means you can:

- run a meeting with an agenda, a decision to make and written outcomes
- demo a piece of work in a few minutes, focused on what it changes for the audience
- summarize someone's request back to them and confirm it before starting work
""",
            "tools": ["agendas", "demos", "meeting notes"],
            "hours": 4,
            "prerequisites": [],
            "resources": [
                {"title": "Atlassian Team Playbook", "start_here": True},
            ],
        },
    ],
    "attention-to-detail": [
        {
            "name": "Checklists for releases and handovers",
            "slug": "checklists",
            "summary": (
                "Short checklists that make sure the critical steps of a release, a migration or an on-call handover "
                "are never skipped."
            ),
            "body": """\
Experienced people skip steps under pressure, not from ignorance. A short checklist of the steps that matter most, \
used at a defined moment, catches those slips in releases, model promotions, migrations and handovers. The best \
checklists are brief, kept current and replaced by automation wherever a step can be automated.

Knowing it means you can:

- write a short release or promotion checklist with only the steps that matter
- use it consistently and improve it after each miss
- automate checklist items that a machine can verify
""",
            "tools": ["checklists", "pull-request templates", "release templates"],
            "hours": 3,
            "prerequisites": [],
            "resources": [
                {"title": "The Checklist Manifesto", "start_here": True},
            ],
        },
        {
            "name": "Reviewing diffs, configuration and plans",
            "slug": "reviewing-changes",
            "summary": (
                "Reading configuration changes and infrastructure plans with the same care as code, before they are "
                "applied."
            ),
            "body": """\
Many outages come from configuration, not code: a wrong resource limit, a deleted firewall rule, a Terraform plan that \
replaces a database instead of updating it. Careful review means reading the whole diff and the plan output line by \
line, asking what each change does in production, and noticing what should have changed but did not.

Knowing it means you can:

- read a `terraform plan` and spot resources that will be destroyed or replaced
- review a configuration change for its effect in each environment
- leave review comments that name the risk precisely
""",
            "tools": ["terraform plan", "kubectl diff", "helm diff"],
            "hours": 4,
            "prerequisites": ["pull-requests-reviews", "infrastructure-as-code"],
            "resources": [
                {"title": "Terraform CLI: terraform plan", "start_here": True},
                {"title": "Google Engineering Practices Documentation", "start_here": False},
            ],
        },
        {
            "name": "Pinning versions of dependencies, images and data",
            "slug": "pinning-versions",
            "summary": (
                "Recording exact versions of libraries, container images, models and datasets, and updating them "
                "deliberately."
            ),
            "body": """\
Reproducing a result or a bug depends on exact versions: a library that changed its rounding, a base image that was \
rebuilt, a dataset that was refreshed. Pinning everything, and updating on purpose through automated pull requests \
that run the full test suite, turns surprise breakages into reviewed changes.

Knowing it means you can:

- pin Python dependencies in a lock file and base images by digest
- reference models and datasets by immutable version
- set up automated update pull requests and review them
""",
            "tools": ["uv", "Dependabot", "Renovate", "DVC"],
            "hours": 4,
            "prerequisites": ["python-packaging"],
            "resources": [
                {"title": "uv documentation", "start_here": True},
                {"title": "Dependabot documentation", "start_here": False},
            ],
        },
        {
            "name": "Validating data and assumptions",
            "slug": "validating-assumptions",
            "summary": (
                "Checking the data and conditions your code depends on, instead of assuming them, and failing loudly "
                "when they do not hold."
            ),
            "body": """\
Code is full of silent assumptions: this column is in dollars, this ID is unique, timestamps are in UTC, the file has \
a header. Attention to detail means writing those assumptions down as checks, so a violation stops the pipeline with a \
clear message rather than quietly producing wrong predictions.

Knowing it means you can:

- list the assumptions a piece of code makes about its input
- turn them into schema checks and assertions that fail with a clear message
- check units, time zones and uniqueness explicitly
""",
            "tools": ["Pandera", "Great Expectations", "Pydantic"],
            "hours": 4,
            "prerequisites": ["data-validation"],
            "resources": [
                {"title": "Pandera documentation", "start_here": True},
                {"title": "Great Expectations", "start_here": False},
            ],
        },
        {
            "name": "Testing edge cases",
            "slug": "edge-case-testing",
            "summary": (
                "Testing the inputs that break things: missing values, empty inputs, extreme numbers, time zones and "
                "categories never seen in training."
            ),
            "body": """\
Most bugs live at the edges: an empty batch, a null where a number was expected, a leap day, a category that appeared \
after training. Deliberately listing and testing these cases, and using property-based testing to generate ones you \
did not think of, catches the problems that reach production otherwise.

Knowing it means you can:

- list the edge cases for a data transformation or prediction endpoint and test each
- use property-based tests to generate unusual inputs automatically
- decide and document how the model service handles unseen categories and missing values
""",
            "tools": ["pytest", "Hypothesis"],
            "hours": 6,
            "prerequisites": ["pytest-testing"],
            "resources": [
                {"title": "Hypothesis documentation", "start_here": True},
                {"title": "pytest documentation", "start_here": False},
            ],
        },
        {
            "name": "Comparing training and serving results",
            "slug": "train-serve-consistency",
            "summary": (
                "Checking that the same inputs give the same features and predictions in the training pipeline and in "
                "the production service."
            ),
            "body": """\
Training/serving skew is silent: the service runs, answers quickly and is subtly wrong. The reliable way to catch it \
is to compare directly: send the same records through the training pipeline and the live service and check that \
features and predictions match within a tolerance, both before release and regularly afterwards.

Knowing it means you can:

- build a test that compares offline and online features and predictions for the same records
- explain any differences found and fix their cause
- run the comparison in CI and on a sample of production traffic
""",
            "tools": ["pytest", "Feast", "MLflow"],
            "hours": 4,
            "prerequisites": ["feature-engineering", "prediction-service"],
            "resources": [
                {"title": "Rules of Machine Learning", "start_here": True},
                {"title": "Designing Machine Learning Systems", "start_here": False},
            ],
        },
        {
            "name": "Keeping records: experiments, models and changes",
            "slug": "keeping-records",
            "summary": (
                "Recording experiments, model versions and changes so anyone can later tell what changed, when and why."
            ),
            "body": """\
When a model's behavior changes, someone will ask what else changed at the same time. Reliable records (experiment \
logs, registry entries with lineage, release notes and a change log) answer that in minutes rather than days. \
Consistent versioning of releases makes those records easy to read.

Knowing it means you can:

- keep a change log that people outside the team can read
- version releases consistently and say what each version changed
- find, for any date, which model version was serving and what changed around it
""",
            "tools": ["MLflow", "Git tags", "change logs"],
            "hours": 3,
            "prerequisites": ["experiment-tracking"],
            "resources": [
                {"title": "Keep a Changelog", "start_here": True},
                {"title": "Semantic Versioning", "start_here": False},
            ],
        },
        {
            "name": "Spotting anomalies in dashboards and logs",
            "slug": "spotting-anomalies",
            "summary": "Noticing what looks slightly wrong in dashboards and logs before it turns into an incident.",
            "body": """\
Many incidents are visible early to anyone who looks closely: a latency line that creeps up each day, a prediction \
distribution that shifted after a deploy, a new warning in the logs. A habit of reviewing dashboards regularly, \
knowing what normal looks like and following up small oddities catches problems while they are cheap to fix.

Knowing it means you can:

- describe what normal looks like for the services you run
- spot trends and step changes on a dashboard and link them to events
- follow up an oddity until it is explained, and record the outcome
""",
            "tools": ["Grafana", "log search", "weekly reviews"],
            "hours": 4,
            "prerequisites": ["metrics-dashboards"],
            "resources": [
                {"title": "SRE Book: Monitoring Distributed Systems", "start_here": True},
                {"title": "Observability Engineering", "start_here": False},
            ],
        },
    ],
    "adaptability": [
        {
            "name": "Learning how to learn",
            "slug": "learning-to-learn",
            "summary": (
                "A repeatable way to learn new tools and ideas: documentation first, small experiments, then deeper "
                "reading, with regular time set aside."
            ),
            "body": """\
The tools in this guide will change during your career, so the most durable skill is learning the next one \
efficiently. A routine helps: read the official documentation's concepts first, build the smallest working example, \
then go deeper where your work needs it. Spaced practice and explaining what you learned to someone else make it \
stick.

Knowing it means you can:

- learn a new tool to a working level from its documentation and a small project
- set aside regular learning time and protect it
- explain what you learned to a colleague or in a short write-up
""",
            "tools": ["official documentation", "notes", "small projects"],
            "hours": 10,
            "prerequisites": [],
            "resources": [
                {"title": "Learning How to Learn", "start_here": True},
                {"title": "The Pragmatic Programmer", "start_here": False},
            ],
        },
        {
            "name": "Principles that outlast tools",
            "slug": "principles-over-tools",
            "summary": (
                "Telling durable ideas such as reproducibility, automation, observability and small reversible changes "
                "apart from the tools that implement them."
            ),
            "body": """\
Tools change every few years; the problems they solve do not. Reproducibility, versioning everything, automation, \
observability, and small reversible changes run through every generation of ML Ops tooling. Seeing a new tool as one \
implementation of a familiar principle makes it faster to learn and easier to judge.

Knowing it means you can:

- name the principle behind each tool you use and an alternative that implements it
- recognize the known problems a new tool claims to solve
- explain the main kinds of technical debt specific to ML systems
""",
            "tools": [],
            "hours": 4,
            "prerequisites": [],
            "resources": [
                {"title": "Hidden Technical Debt in Machine Learning Systems", "start_here": True},
                {"title": "Rules of Machine Learning", "start_here": False},
            ],
        },
        {
            "name": "Evaluating a new tool",
            "slug": "evaluating-tools",
            "summary": (
                "Judging a tool on maturity, community, license, fit with your stack and the cost of adopting and "
                "later leaving it."
            ),
            "body": """\
The ML Ops landscape has many overlapping tools, and adopting one is a commitment. A sound evaluation looks past the \
feature list: how mature and actively maintained it is, its license and governance, how it fits what you already run, \
what operating it costs, and how hard it would be to migrate away. A team technology radar keeps these judgments \
shared and current.

Knowing it means you can:

- write a short evaluation of a tool against explicit criteria
- check a project's maintenance activity, license and governance
- keep a team radar of tools to adopt, trial, assess or hold
""",
            "tools": ["technology radar", "evaluation templates"],
            "hours": 4,
            "prerequisites": ["principles-over-tools"],
            "resources": [
                {"title": "Thoughtworks Technology Radar", "start_here": True},
                {"title": "CNCF Landscape", "start_here": False},
            ],
        },
        {
            "name": "Running a time-boxed proof of concept",
            "slug": "proofs-of-concept",
            "summary": (
                "Testing a new tool or approach on a real but small problem, with success criteria and a time limit "
                "agreed in advance."
            ),
            "body": """\
A proof of concept answers a specific question cheaply before a team commits: can this tool do what we need, on our \
data and infrastructure? Its value comes from discipline: criteria set in advance, a fixed time limit, the hardest \
requirement tested first, and an honest write-up whatever the result.

Knowing it means you can:

- define success criteria and a time limit before starting
- test the riskiest requirement first
- write up results and a recommendation, including a decision not to adopt
""",
            "tools": ["proofs of concept", "spikes", "sandbox environments"],
            "hours": 4,
            "prerequisites": ["evaluating-tools"],
            "resources": [
                {"title": "The Pragmatic Programmer", "start_here": True},
            ],
        },
        {
            "name": "Keeping up without overload",
            "slug": "keeping-up",
            "summary": (
                "Following the field through a few trusted sources, communities and conferences, without chasing every "
                "new release."
            ),
            "body": """\
The volume of new ML tools, papers and announcements is impossible to follow in full. A sustainable approach is a \
small set of trusted sources, a community where practitioners share real experience, and occasional conference talks, \
with a habit of asking whether something solves a problem you actually have.

Knowing it means you can:

- choose a few newsletters, communities and sources and review them regularly
- share useful findings with your team in a short summary
- decide quickly which news deserves a closer look
""",
            "tools": ["newsletters", "communities", "conference recordings"],
            "hours": 3,
            "prerequisites": ["learning-to-learn"],
            "resources": [
                {"title": "MLOps Community", "start_here": True},
                {"title": "The Batch", "start_here": False},
            ],
        },
        {
            "name": "Side projects for trying new tools",
            "slug": "side-projects",
            "summary": "Building small end-to-end projects outside production to try tools and ideas without risk.",
            "body": """\
A side project is a safe place to try what you cannot yet try at work: a new serving framework, a different \
orchestrator, an LLM application. The most useful ones are small but complete (data, training, serving, monitoring, \
automation), because the hard lessons come from connecting the pieces, and they double as evidence of your skills.

Knowing it means you can:

- build a small end-to-end ML project with automated training, serving and monitoring
- replace one component with an alternative and compare the two
- publish the project with a README that explains its design
""",
            "tools": ["GitHub", "Docker", "kind", "free cloud tiers"],
            "hours": 30,
            "prerequisites": ["proofs-of-concept"],
            "resources": [
                {"title": "MLOps Zoomcamp", "start_here": True},
                {"title": "Made With ML", "start_here": False},
            ],
        },
        {
            "name": "Retrospectives and changing course",
            "slug": "retrospectives",
            "summary": (
                "Reviewing regularly what to keep and what to change, and adjusting calmly when requirements or "
                "priorities shift."
            ),
            "body": """\
Plans change: a model is deprioritized, a new regulation arrives, a platform is replaced. Teams that adapt well review \
their work regularly in retrospectives, keep what works, change what does not, and treat new priorities as information \
rather than as failure. Handling change gracefully also means finishing or cleanly parking work in progress.

Knowing it means you can:

- run a retrospective that produces a small number of concrete changes
- re-plan work after a priority change and explain the impact clearly
- park unfinished work so it can be resumed or safely dropped
""",
            "tools": ["retrospectives", "planning boards"],
            "hours": 3,
            "prerequisites": [],
            "resources": [
                {"title": "Atlassian Team Playbook", "start_here": True},
            ],
        },
        {
            "name": "Migrating and retiring tools",
            "slug": "migrations-unlearning",
            "summary": (
                "Moving a team from an old tool or platform to a new one step by step, and retiring what no longer "
                "helps."
            ),
            "body": """\
Adopting a new tool is only half the change; the old one must be migrated away from and switched off, or the team ends \
up running both indefinitely. Incremental migration (running old and new side by side, moving one workload at a time, \
with a clear end date) keeps risk low. Unlearning habits tied to the old tool is part of the work.

Knowing it means you can:

- plan an incremental migration with milestones and a date to retire the old system
- run old and new side by side and compare their results
- decommission the old tool completely, including its data and access
""",
            "tools": ["migration plans", "feature flags", "parallel runs"],
            "hours": 6,
            "prerequisites": ["evaluating-tools"],
            "resources": [
                {"title": "Kill It with Fire", "start_here": True},
            ],
        },
    ],
    "model-serving": [
        {
            "name": "Serving patterns: online, batch, streaming and edge",
            "slug": "serving-patterns",
            "summary": (
                "The main ways to deliver predictions, and how to choose between them from the product's latency, "
                "volume and freshness needs."
            ),
            "body": """\
Predictions can be computed on request (online), ahead of time for many records (batch), on a stream of events, or on \
the user's device. Each pattern has different costs, failure modes and infrastructure. Choosing well starts with \
questions about the product: how fresh must a prediction be, how many are needed and how fast.

Knowing it means you can:

- describe each pattern with an example and its trade-offs
- choose a pattern for a given product requirement and defend the choice
- explain why batch predictions are often the right first step
""",
            "tools": [],
            "hours": 6,
            "prerequisites": ["ml-fundamentals"],
            "resources": [
                {"title": "Designing Machine Learning Systems", "start_here": True},
                {"title": "Machine Learning Engineering", "start_here": False},
            ],
        },
        {
            "name": "Packaging models: serialization, signatures and ONNX",
            "slug": "model-packaging",
            "summary": (
                "Saving a model together with its preprocessing and a declared input and output schema, in a format a "
                "server can load."
            ),
            "body": """\
A model that only loads inside the notebook that trained it cannot be served. Packaging means saving the model with \
its preprocessing, pinning the libraries it needs, and declaring what inputs it expects and what it returns. Portable \
formats such as ONNX let a model trained in one framework run in a fast, framework-neutral runtime.

Knowing it means you can:

- save a model and its preprocessing as one artifact with a declared signature
- export a model to ONNX and check that its outputs match the original
- explain the security risk of loading pickled models from untrusted sources
""",
            "tools": ["MLflow Models", "ONNX", "joblib", "TorchScript"],
            "hours": 8,
            "prerequisites": ["serving-patterns", "python-packaging"],
            "resources": [
                {"title": "MLflow", "start_here": True},
                {"title": "ONNX", "start_here": False},
            ],
        },
        {
            "name": "A production prediction service",
            "slug": "prediction-service",
            "summary": (
                "Taking a prediction API from prototype to production: containerized, validated, observable, versioned "
                "and shut down gracefully."
            ),
            "body": """\
The step from a working API to a production service is mostly about what happens when things go wrong: malformed \
input, a slow dependency, a restart in the middle of a request, a new model version. A production service validates \
every request, reports its model version, exposes health and metrics endpoints and finishes in-flight requests before \
it stops.

Knowing it means you can:

- containerize a prediction API with the model loaded once at start-up
- return the model version with every prediction
- add readiness, liveness and metrics endpoints
- handle shutdown signals without dropping requests
""",
            "tools": ["FastAPI", "Uvicorn", "Gunicorn", "Docker"],
            "hours": 12,
            "prerequisites": ["prediction-api", "model-packaging", "dockerfiles"],
            "resources": [
                {"title": "FastAPI documentation", "start_here": True},
                {"title": "Full Stack Deep Learning", "start_here": False},
                {"title": "Made With ML", "start_here": False},
            ],
        },
        {
            "name": "Batch scoring jobs",
            "slug": "batch-inference",
            "summary": (
                "Scoring large numbers of records on a schedule and writing the predictions where applications can "
                "read them."
            ),
            "body": """\
Many useful models never serve a live request: they score every customer each night and write the results to a table. \
Batch scoring is simpler and cheaper to run than an online service, but it needs the care of any data pipeline: \
partitioned inputs, idempotent outputs, validation and monitoring.

Knowing it means you can:

- write a batch scoring job that reads a partition, predicts and writes results idempotently
- scale it across many workers for large volumes
- schedule it in an orchestrator with checks on input and output
""",
            "tools": ["Apache Spark", "Ray Data", "Apache Airflow"],
            "hours": 8,
            "prerequisites": ["serving-patterns", "workflow-orchestration"],
            "resources": [
                {"title": "Ray documentation", "start_here": True},
                {"title": "Apache Spark documentation", "start_here": False},
            ],
        },
        {
            "name": "Model servers: KServe, BentoML, Triton and Ray Serve",
            "slug": "model-servers",
            "summary": (
                "Dedicated serving frameworks that add batching, multiple models, standard protocols and Kubernetes "
                "integration to model serving."
            ),
            "body": """\
Past a certain scale, writing your own web service for every model stops paying off. Model servers provide standard \
prediction protocols, dynamic batching, several models per server, GPU sharing and, on Kubernetes, autoscaling and \
canary rollouts. Each has its own strengths, so knowing two of them well makes the choice easier.

Knowing it means you can:

- deploy a model with KServe or BentoML and call it with the standard protocol
- configure dynamic batching on a model server and measure the effect
- choose between a model server and a custom service for a given case
""",
            "tools": ["KServe", "BentoML", "NVIDIA Triton Inference Server", "Ray Serve", "Seldon Core"],
            "hours": 15,
            "prerequisites": ["prediction-service", "k8s-core-objects"],
            "resources": [
                {"title": "KServe documentation", "start_here": True},
                {"title": "BentoML documentation", "start_here": False},
                {"title": "NVIDIA Triton Inference Server", "start_here": False},
                {"title": "Ray documentation", "start_here": False},
            ],
        },
        {
            "name": "Latency, throughput and load testing",
            "slug": "inference-performance",
            "summary": (
                "Measuring a prediction service's latency percentiles and throughput under load, and finding its "
                "limits before users do."
            ),
            "body": """\
Averages hide what users feel; the 95th and 99th percentile latencies matter more. Load tests show how a service \
behaves as traffic grows, where it saturates and what breaks first. With those numbers you can size replicas, set \
autoscaling targets and promise a service level you can keep.

Knowing it means you can:

- run a load test that ramps up traffic and records latency percentiles and errors
- find the bottleneck (CPU, memory, GPU, a downstream call) from the results
- tune concurrency, workers and batching and show the improvement
""",
            "tools": ["Locust", "k6", "py-spy"],
            "hours": 10,
            "prerequisites": ["prediction-service"],
            "resources": [
                {"title": "Locust", "start_here": True},
                {"title": "Designing Machine Learning Systems", "start_here": False},
            ],
        },
        {
            "name": "Model optimization: quantization, compilation and hardware",
            "slug": "model-optimization",
            "summary": (
                "Making models smaller and faster to serve with quantization, compiled runtimes and the right choice "
                "of CPU or GPU."
            ),
            "body": """\
Serving cost is roughly the hardware each prediction needs multiplied by the number of predictions. Quantization \
(storing weights in fewer bits), compiled and optimized runtimes, and matching the model to suitable hardware can cut \
latency and cost a great deal, but each can change the model's outputs slightly, so every optimization needs an \
accuracy check.

Knowing it means you can:

- quantize a model and measure the change in speed, size and accuracy
- run a model in an optimized runtime such as ONNX Runtime
- decide from measurements whether a model should be served on CPUs or GPUs
""",
            "tools": ["ONNX Runtime", "TensorRT", "Hugging Face Optimum", "OpenVINO"],
            "hours": 12,
            "prerequisites": ["inference-performance", "deep-learning-basics"],
            "resources": [
                {"title": "ONNX Runtime", "start_here": True},
                {"title": "Hugging Face Optimum documentation", "start_here": False},
            ],
        },
        {
            "name": "Autoscaling and scaling to zero",
            "slug": "serving-autoscaling",
            "summary": (
                "Adding and removing serving replicas automatically with traffic, including scaling idle models to "
                "zero, and handling cold starts."
            ),
            "body": """\
Traffic to a model service rises and falls, and paying for peak capacity all day is wasteful, especially on GPUs. \
Autoscalers add replicas as load grows and remove them as it falls; some platforms scale idle models to zero. The \
catch is the cold start: a new replica must download and load the model before it can answer.

Knowing it means you can:

- autoscale a model service on a metric that reflects its real load, such as concurrency or queue length
- measure the cold-start time and reduce it
- decide which models can scale to zero and which must stay warm
""",
            "tools": ["Horizontal Pod Autoscaler", "KEDA", "Knative", "KServe"],
            "hours": 6,
            "prerequisites": ["model-servers", "k8s-resources-scaling"],
            "resources": [
                {"title": "Kubernetes Documentation", "start_here": True},
                {"title": "KEDA", "start_here": False},
            ],
        },
        {
            "name": "Shadow, canary and A/B releases for models",
            "slug": "model-release-strategies",
            "summary": (
                "Releasing a new model gradually: mirroring traffic to it, sending it a small share of users, or "
                "running a controlled experiment, with automatic rollback."
            ),
            "body": """\
Offline metrics cannot fully predict how a model behaves on live traffic. A shadow deployment sends real requests to \
the new model without using its answers; a canary gives it a small, growing share of traffic while metrics are \
compared; an A/B test measures its effect on business outcomes. Each ends with promotion or a quick rollback.

Knowing it means you can:

- run a new model in shadow mode and compare its predictions with the current one
- perform a canary release with automatic rollback on error or latency thresholds
- explain when an A/B test is needed and what it takes to read one correctly
""",
            "tools": ["Argo Rollouts", "Flagger", "KServe", "Istio"],
            "hours": 10,
            "prerequisites": ["continuous-delivery", "model-servers"],
            "resources": [
                {"title": "SRE Workbook: Canarying Releases", "start_here": True},
                {"title": "Argo Rollouts documentation", "start_here": False},
                {"title": "Designing Machine Learning Systems", "start_here": False},
            ],
        },
        {
            "name": "Managed model endpoints",
            "slug": "managed-endpoints",
            "summary": "Serving models on a cloud provider's managed endpoints instead of running your own servers.",
            "body": """\
Managed endpoints on SageMaker, Azure Machine Learning or Vertex AI take a registered model and serve it with \
autoscaling, monitoring and traffic splitting built in. They remove much of the operational work and suit small teams \
well; the trade-offs are cost at scale, less control and provider-specific tooling.

Knowing it means you can:

- deploy a model to a managed endpoint with autoscaling
- split traffic between two model versions on the endpoint
- compare the endpoint's cost and latency with a self-hosted deployment
""",
            "tools": ["Amazon SageMaker", "Azure Machine Learning", "Vertex AI"],
            "hours": 8,
            "prerequisites": ["managed-ml-platforms", "prediction-service"],
            "resources": [
                {"title": "Vertex AI documentation", "start_here": True},
                {"title": "Amazon SageMaker documentation", "start_here": False},
                {"title": "Azure Machine Learning documentation", "start_here": False},
            ],
        },
    ],
    "monitoring-observability": [
        {
            "name": "Metrics, logs and traces",
            "slug": "observability-signals",
            "summary": (
                "The three kinds of telemetry a system emits, what each answers, and how OpenTelemetry collects them "
                "in a standard way."
            ),
            "body": """\
Metrics are numbers over time, cheap to store and ideal for dashboards and alerts. Logs are records of individual \
events, rich in detail. Traces follow one request through every service it touches. Used together they let you go from \
"something is wrong" to "this is why". OpenTelemetry has become the common, vendor-neutral way to produce all three.

Knowing it means you can:

- say which signal answers a given question, and why
- instrument a small Python service with OpenTelemetry
- explain cardinality and why some labels must never go on a metric
""",
            "tools": ["OpenTelemetry", "Prometheus", "Grafana"],
            "hours": 6,
            "prerequisites": ["logging-profiling-concurrency"],
            "resources": [
                {"title": "OpenTelemetry documentation", "start_here": True},
                {"title": "Observability Engineering", "start_here": False},
            ],
        },
        {
            "name": "Metrics and dashboards with Prometheus and Grafana",
            "slug": "metrics-dashboards",
            "summary": (
                "Exposing service metrics, collecting them with Prometheus, querying them with PromQL and building "
                "dashboards in Grafana."
            ),
            "body": """\
Prometheus and Grafana are the most common open-source pair for metrics. For a prediction service the essentials are \
the golden signals (latency, traffic, errors and saturation), plus model-specific numbers such as the distribution of \
predictions. A good dashboard answers one question at a glance rather than showing everything.

Knowing it means you can:

- expose counters and histograms from a service and scrape them with Prometheus
- write PromQL queries for request rate, error ratio and latency percentiles
- build a dashboard for a model service that someone else can read during an incident
""",
            "tools": ["Prometheus", "PromQL", "Grafana"],
            "hours": 12,
            "prerequisites": ["observability-signals"],
            "resources": [
                {"title": "Prometheus", "start_here": True},
                {"title": "Grafana documentation", "start_here": False},
            ],
        },
        {
            "name": "Structured logs and distributed tracing",
            "slug": "logs-and-tracing",
            "summary": (
                "Logs as searchable structured events with shared request identifiers, and traces that follow a "
                "prediction through every service."
            ),
            "body": """\
Free-text logs are hard to search at scale; structured logs with consistent fields (request ID, model version, \
latency) can be filtered and aggregated like data. Distributed tracing links the steps of one request, such as the \
gateway, the feature lookup and the model call, so you can see where time went and which step failed.

Knowing it means you can:

- emit structured JSON logs with a request ID that follows the request across services
- add trace spans around feature lookup, preprocessing and prediction
- find the slow step of a request from its trace
""",
            "tools": ["OpenTelemetry", "Grafana Loki", "Jaeger", "Grafana Tempo"],
            "hours": 8,
            "prerequisites": ["observability-signals"],
            "resources": [
                {"title": "OpenTelemetry documentation", "start_here": True},
                {"title": "Jaeger", "start_here": False},
                {"title": "Observability Engineering", "start_here": False},
            ],
        },
        {
            "name": "Service level objectives and error budgets",
            "slug": "slos-error-budgets",
            "summary": (
                "Defining what good service means in numbers, measuring it, and using the allowed margin of failure to "
                "balance reliability and change."
            ),
            "body": """\
A service level indicator measures something users care about, such as the share of predictions returned within 300 \
milliseconds. An objective sets a target for it over a period, and the error budget is the failure the target still \
allows. Objectives turn arguments about reliability into numbers, and can cover model quality as well as availability.

Knowing it means you can:

- choose indicators for a model service that reflect what its users experience
- set an objective and calculate its error budget
- explain what a team should do when the budget runs out
""",
            "tools": ["Prometheus", "Grafana", "Sloth"],
            "hours": 6,
            "prerequisites": ["metrics-dashboards"],
            "resources": [
                {"title": "SRE Book: Service Level Objectives", "start_here": True},
                {"title": "Site Reliability Engineering books", "start_here": False},
            ],
        },
        {
            "name": "Actionable alerts and runbooks",
            "slug": "alerting-runbooks",
            "summary": (
                "Alerting on symptoms users feel rather than on every cause, at a volume people can act on, with a "
                "runbook for each alert."
            ),
            "body": """\
Every alert that wakes someone should be urgent, real and actionable; alerts that are none of these teach people to \
ignore the pager. Good practice is to alert on symptoms such as error-budget burn, send lesser problems to a ticket \
queue, and link every alert to a runbook that says what to check and what to do.

Knowing it means you can:

- write alerts on error-budget burn rate rather than raw thresholds
- route urgent alerts to on-call and the rest to a queue
- write a runbook for an alert that a colleague can follow at night
- review alert history and remove or fix alerts that nobody acted on
""",
            "tools": ["Prometheus Alertmanager", "Grafana Alerting", "PagerDuty"],
            "hours": 6,
            "prerequisites": ["slos-error-budgets"],
            "resources": [
                {"title": "SRE Workbook: Alerting on SLOs", "start_here": True},
                {"title": "SRE Book: Monitoring Distributed Systems", "start_here": False},
            ],
        },
        {
            "name": "Data quality monitoring in production",
            "slug": "production-data-quality",
            "summary": (
                "Checking the data a live model receives for broken schemas, missing values, impossible ranges and "
                "sudden changes in volume."
            ),
            "body": """\
Data that passed validation in training can break in production: an upstream team renames a field, a sensor sends \
zeros, a client stops sending a feature and the service fills in a default. Monitoring the inputs of a live model \
catches these faults quickly, usually long before they show up in model quality.

Knowing it means you can:

- log summary statistics of live inputs and compare them with the training data
- alert on schema changes, spikes in missing values and out-of-range values
- trace a data-quality alert back to its upstream cause
""",
            "tools": ["Evidently", "whylogs", "Great Expectations", "Prometheus"],
            "hours": 8,
            "prerequisites": ["data-validation", "metrics-dashboards"],
            "resources": [
                {"title": "Evidently", "start_here": True},
                {"title": "whylogs", "start_here": False},
            ],
        },
        {
            "name": "Detecting data and prediction drift",
            "slug": "drift-detection",
            "summary": (
                "Comparing live input and prediction distributions with a reference window using statistical tests, "
                "and knowing what the results do and do not mean."
            ),
            "body": """\
Drift detection compares recent data with a reference, usually the training data or a recent stable period, using \
statistical distances or tests. It warns that the model now sees data unlike what it learned from. It does not prove \
the model got worse, and with enough data almost any difference is significant, so thresholds need tuning against real \
consequences.

Knowing it means you can:

- set up drift reports on inputs and predictions with a sensible reference window
- choose tests and thresholds suited to each feature type and volume
- decide which drifts should alert, which trigger retraining and which to ignore
""",
            "tools": ["Evidently", "Alibi Detect", "NannyML"],
            "hours": 10,
            "prerequisites": ["drift-concepts", "production-data-quality"],
            "resources": [
                {"title": "Evidently", "start_here": True},
                {"title": "NannyML documentation", "start_here": False},
                {"title": "Designing Machine Learning Systems", "start_here": False},
            ],
        },
        {
            "name": "Logging predictions and feedback",
            "slug": "prediction-logging",
            "summary": (
                "Recording each prediction with its inputs, model version and context, safely and affordably, for "
                "monitoring, debugging and retraining."
            ),
            "body": """\
A record of what the model saw and said is the raw material for monitoring, debugging and the next training set. \
Logging every prediction with its model version, inputs and a request ID, and later joining user feedback or outcomes \
to it, is a core part of an ML system. It also holds personal data, so it needs access control and retention like any \
other dataset.

Knowing it means you can:

- log predictions asynchronously so logging never slows down a response
- store logs in a queryable table partitioned by date and model version
- sample, mask or drop fields to respect privacy and cost limits
""",
            "tools": ["Apache Kafka", "BigQuery", "Parquet", "OpenTelemetry"],
            "hours": 6,
            "prerequisites": ["logs-and-tracing", "data-privacy"],
            "resources": [
                {"title": "Designing Machine Learning Systems", "start_here": True},
                {"title": "Machine Learning Engineering", "start_here": False},
            ],
        },
        {
            "name": "Model quality with delayed labels",
            "slug": "performance-monitoring",
            "summary": (
                "Measuring a live model's real quality once true outcomes arrive, and estimating it in the meantime."
            ),
            "body": """\
The true outcome of a prediction often arrives days or months later: a loan is repaid or not, a customer churns or \
stays. Monitoring real quality means joining predictions with outcomes as they come in, by segment and over time. \
Until they arrive, proxy metrics and performance-estimation methods give an early, imperfect signal.

Knowing it means you can:

- join logged predictions with later outcomes and compute quality over time and by segment
- choose proxy metrics for the period before labels arrive
- estimate performance without labels and explain the method's assumptions
""",
            "tools": ["NannyML", "Evidently", "SQL"],
            "hours": 8,
            "prerequisites": ["drift-detection", "prediction-logging"],
            "resources": [
                {"title": "NannyML documentation", "start_here": True},
                {"title": "Reliable Machine Learning", "start_here": False},
            ],
        },
        {
            "name": "Resource, GPU and cost monitoring",
            "slug": "cost-resource-monitoring",
            "summary": (
                "Watching CPU, memory and GPU use and the cost of each model, so capacity and spending stay under "
                "control."
            ),
            "body": """\
An ML system can be healthy and still wasteful: GPUs idle at ten percent, replicas sized for a peak that never comes, \
a training job that ran all weekend. Monitoring resource use and cost per model or per thousand predictions makes that \
visible and gives right-sizing decisions real numbers.

Knowing it means you can:

- collect GPU utilization and memory metrics from a cluster
- show cost per model or per thousand predictions on a dashboard
- find underused resources and propose a change with its expected saving
""",
            "tools": ["NVIDIA DCGM Exporter", "Prometheus", "Grafana", "Kubecost"],
            "hours": 6,
            "prerequisites": ["metrics-dashboards", "gpu-compute"],
            "resources": [
                {"title": "NVIDIA DCGM Exporter", "start_here": True},
                {"title": "FinOps Framework", "start_here": False},
            ],
        },
    ],
    "ml-security-governance": [
        {
            "name": "Threats to machine learning systems",
            "slug": "ml-threat-landscape",
            "summary": (
                "The attacks specific to ML: poisoned training data, adversarial inputs, model theft, and extracting "
                "training data from a model."
            ),
            "body": """\
Attackers can target a model at every stage: by poisoning the data it learns from, by crafting inputs that fool it, by \
querying it to copy it or to infer who was in its training data. Catalogs such as the OWASP Machine Learning Security \
Top 10 and MITRE ATLAS describe these attacks and real cases, which is where threat modeling for an ML system starts.

Knowing it means you can:

- explain the main ML attacks with an example of each
- threat-model an ML system: its assets, entry points and the attacks that matter most
- name the controls that reduce each risk you identified
""",
            "tools": ["OWASP ML Security Top 10", "MITRE ATLAS"],
            "hours": 8,
            "prerequisites": ["ml-fundamentals"],
            "resources": [
                {"title": "OWASP Machine Learning Security Top Ten", "start_here": True},
                {"title": "MITRE ATLAS", "start_here": False},
            ],
        },
        {
            "name": "The ML supply chain: model files, pickle and signing",
            "slug": "ml-supply-chain",
            "summary": (
                "Treating pretrained models, datasets and ML libraries as supply-chain inputs: safe formats, scanning, "
                "signing and provenance."
            ),
            "body": """\
Many model files are saved with Python's pickle format, and loading a pickle can run arbitrary code. Pretrained models \
and datasets downloaded from public hubs are therefore code you did not write. Safe weight formats, scanning model \
files, pinning exact revisions and signing your own artifacts bring them under the same control as software \
dependencies.

Knowing it means you can:

- explain why loading an untrusted pickle is dangerous and prefer formats such as safetensors
- scan model files for unsafe content before loading them
- pin pretrained models to exact revisions and record where they came from
- sign model artifacts and verify the signature before deployment
""",
            "tools": ["ModelScan", "safetensors", "Sigstore", "Hugging Face Hub"],
            "hours": 8,
            "prerequisites": ["secrets-and-supply-chain", "model-packaging"],
            "resources": [
                {"title": "ModelScan", "start_here": True},
                {"title": "safetensors documentation", "start_here": False},
                {"title": "Sigstore", "start_here": False},
            ],
        },
        {
            "name": "Securing ML pipelines and endpoints",
            "slug": "securing-ml-pipelines",
            "summary": (
                "Least-privilege identities, isolated networks, protected secrets and audit logs for training "
                "pipelines, feature stores and prediction endpoints."
            ),
            "body": """\
ML pipelines read sensitive data, hold credentials for many systems and write artifacts that go straight to \
production, which makes them valuable targets. Securing them applies familiar controls carefully: separate identities \
per pipeline and endpoint, private networking, authenticated and rate-limited endpoints, and audit logs that show who \
trained, approved and deployed each model.

Knowing it means you can:

- give each pipeline step and endpoint its own least-privilege identity
- keep training data and endpoints off the public internet unless they must be public
- require authentication and rate limits on prediction endpoints
- answer from audit logs who deployed a given model and when
""",
            "tools": ["AWS IAM", "Kubernetes RBAC", "NetworkPolicy", "AWS CloudTrail"],
            "hours": 10,
            "prerequisites": ["cloud-iam", "secrets-and-supply-chain"],
            "resources": [
                {"title": "AWS Well-Architected Machine Learning Lens", "start_here": True},
                {"title": "Kubernetes Security Checklist", "start_here": False},
            ],
        },
        {
            "name": "Privacy in machine learning",
            "slug": "privacy-preserving-ml",
            "summary": (
                "How models can leak personal data, the limits of anonymization, and techniques such as differential "
                "privacy that bound what a model reveals."
            ),
            "body": """\
Removing names does not make data anonymous, and a model trained on personal data can memorize and reveal parts of it. \
Privacy engineering for ML combines data minimization, careful access to training data, testing models for \
memorization, and, where the risk warrants it, techniques such as differential privacy that limit how much any one \
person's data can affect the model.

Knowing it means you can:

- explain why pseudonymized data is still personal data, with an example of re-identification
- test whether a model has memorized specific training records
- explain differential privacy at a high level and train a small model with it
""",
            "tools": ["Opacus", "TensorFlow Privacy"],
            "hours": 10,
            "prerequisites": ["data-privacy", "ml-threat-landscape"],
            "resources": [
                {"title": "Programming Differential Privacy", "start_here": True},
                {"title": "Opacus", "start_here": False},
                {"title": "NIST Privacy Framework", "start_here": False},
            ],
        },
        {
            "name": "Model cards, datasheets and lineage",
            "slug": "model-documentation",
            "summary": (
                "Documenting what each model is for, how it was trained and evaluated, its limits, and the data it "
                "came from."
            ),
            "body": """\
A model card records a model's intended use, training data, evaluation results (including by group), limitations and \
ethical considerations; a datasheet does the same for a dataset. Generated partly from the registry and pipeline \
metadata, they give reviewers, auditors and future maintainers the facts without archaeology.

Knowing it means you can:

- write a model card for a model you deploy, including where it should not be used
- generate the factual parts of a model card automatically from pipeline metadata
- trace a production model back to its data, code and approvals
""",
            "tools": ["MLflow", "Hugging Face model cards", "OpenLineage"],
            "hours": 6,
            "prerequisites": ["model-registry"],
            "resources": [
                {"title": "Model Cards for Model Reporting", "start_here": True},
                {"title": "Datasheets for Datasets", "start_here": False},
            ],
        },
        {
            "name": "Model inventory, ownership and approvals",
            "slug": "model-governance-process",
            "summary": (
                "Knowing every model in production, who owns it and how risky it is, and requiring reviews and "
                "approvals in proportion to that risk."
            ),
            "body": """\
Governance starts with an inventory: every model in production, its owner, its purpose and its risk level. Higher-risk \
models get more scrutiny: independent validation, sign-off before release and regular reviews. The ML Ops contribution \
is to build these steps into the registry and the release pipeline so they happen by default and leave a record.

Knowing it means you can:

- keep an inventory of production models with owners and risk levels
- add an approval step to the release pipeline for high-risk models
- schedule periodic reviews and retire models nobody owns
""",
            "tools": ["MLflow", "model registries", "ticketing systems"],
            "hours": 8,
            "prerequisites": ["model-documentation"],
            "resources": [
                {"title": "Introducing MLOps", "start_here": True},
                {"title": "NIST AI Risk Management Framework", "start_here": False},
            ],
        },
        {
            "name": "AI risk frameworks and regulation",
            "slug": "ai-regulation-frameworks",
            "summary": (
                "The NIST AI Risk Management Framework, ISO/IEC 42001 and the EU AI Act, and what they ask of the "
                "teams that build and run models."
            ),
            "body": """\
Organizations increasingly manage AI risk against published frameworks and laws. The NIST AI RMF is a voluntary \
framework organized around governing, mapping, measuring and managing risk; ISO/IEC 42001 specifies a certifiable \
management system for AI; the EU AI Act sets obligations by risk category, including documentation, logging and human \
oversight for high-risk systems. Engineers need to know them well enough to build the evidence they call for.

Knowing it means you can:

- summarize what each framework or law is and whom it applies to
- map your platform's records (lineage, evaluations, logs, approvals) to what they require
- recognize when a use case may be high-risk and involve legal and compliance colleagues early
""",
            "tools": [],
            "hours": 10,
            "prerequisites": ["model-governance-process"],
            "resources": [
                {"title": "NIST AI Risk Management Framework", "start_here": True},
                {"title": "EU Artificial Intelligence Act", "start_here": False},
                {"title": "ISO/IEC 42001", "start_here": False},
            ],
        },
        {
            "name": "Adversarial testing and red-teaming",
            "slug": "adversarial-testing",
            "summary": (
                "Attacking your own models before someone else does: adversarial examples, robustness tests and "
                "structured red-teaming."
            ),
            "body": """\
Robustness and security claims mean little until someone has tried to break the model. Adversarial testing generates \
inputs designed to fool it; red-teaming goes further, with people probing a system the way an attacker or a careless \
user would. Findings become test cases that run on every new model version.

Knowing it means you can:

- generate adversarial examples against a model and measure how its accuracy falls
- plan a red-team exercise with scope, goals and a way to record findings
- turn findings into regression tests in the evaluation pipeline
""",
            "tools": ["Adversarial Robustness Toolbox", "MITRE ATLAS"],
            "hours": 12,
            "prerequisites": ["ml-threat-landscape", "evaluation-metrics"],
            "resources": [
                {"title": "Adversarial Robustness Toolbox", "start_here": True},
                {"title": "MITRE ATLAS", "start_here": False},
            ],
        },
    ],
    "llmops": [
        {
            "name": "How LLMs behave in practice",
            "slug": "llm-fundamentals",
            "summary": (
                "Tokens, context windows, sampling settings and model sizes, and how each affects quality, latency and "
                "cost."
            ),
            "body": """\
You do not need to train a large language model to run one well, but you need a practical picture of how it works. \
Text is split into tokens, and cost and latency scale with tokens in and out. The context window limits what the model \
can see at once. Settings such as temperature trade consistency for variety. Larger models tend to give better \
answers, and are slower and more expensive to run.

Knowing it means you can:

- count the tokens in a request and estimate its cost and latency
- explain how temperature and other sampling settings change outputs
- choose a model size for a task from quality, latency and cost
""",
            "tools": ["Hugging Face Transformers", "tiktoken"],
            "hours": 10,
            "prerequisites": ["ml-fundamentals"],
            "resources": [
                {"title": "Hugging Face LLM Course", "start_here": True},
                {"title": "AI Engineering", "start_here": False},
            ],
        },
        {
            "name": "Calling hosted models: APIs, gateways and fallbacks",
            "slug": "llm-apis-gateways",
            "summary": (
                "Using hosted LLM APIs reliably: timeouts, retries, rate limits, fallbacks between providers, caching "
                "and cost tracking behind a gateway."
            ),
            "body": """\
Most LLM applications call a hosted model over an API, which makes the provider a dependency that can be slow, \
rate-limited or down. A gateway in front of the providers centralizes keys, retries, fallbacks, caching and per-team \
cost tracking, so application code does not have to repeat them.

Knowing it means you can:

- call a model API with timeouts, retries with backoff and a fallback model
- route requests through a gateway that tracks tokens and cost per application
- cache responses where the same request recurs, and explain when caching is unsafe
""",
            "tools": ["LiteLLM", "OpenAI API", "Anthropic API", "Redis"],
            "hours": 6,
            "prerequisites": ["llm-fundamentals", "prediction-api"],
            "resources": [
                {"title": "LiteLLM documentation", "start_here": True},
                {"title": "OpenAI Cookbook", "start_here": False},
            ],
        },
        {
            "name": "Prompts as versioned, tested artifacts",
            "slug": "prompt-management",
            "summary": (
                "Keeping prompts in version control, testing every change against a fixed set of cases, and releasing "
                "them like code."
            ),
            "body": """\
In an LLM application the prompt is part of the program: a one-word change can alter behavior across thousands of \
requests. Treating prompts as artifacts means versioning them, reviewing changes, running them against a fixed set of \
test cases before release, and recording which prompt version produced each output.

Knowing it means you can:

- store prompts as versioned templates outside the application code
- run a prompt change against a test suite in CI and compare results with the current version
- log the prompt version with every call
""",
            "tools": ["promptfoo", "Git", "Jinja"],
            "hours": 6,
            "prerequisites": ["llm-apis-gateways", "ci-pipelines"],
            "resources": [
                {"title": "Prompt Engineering Guide", "start_here": True},
                {"title": "promptfoo", "start_here": False},
            ],
        },
        {
            "name": "Retrieval-augmented generation",
            "slug": "rag-systems",
            "summary": (
                "Giving a model the right documents at question time: embeddings, chunking, vector search and keeping "
                "the index fresh."
            ),
            "body": """\
Retrieval-augmented generation (RAG) answers questions from your own documents by finding relevant passages and adding \
them to the prompt. It is mostly a data pipeline: documents are split into chunks, turned into embeddings, stored in a \
vector index, and kept in step with their sources. Most RAG quality problems are retrieval problems.

Knowing it means you can:

- build an ingestion pipeline that chunks, embeds and indexes documents, and updates them incrementally
- combine vector search with keyword search and measure retrieval quality separately from answers
- respect document permissions so users never retrieve what they may not read
""",
            "tools": ["pgvector", "Qdrant", "FAISS", "Sentence Transformers"],
            "hours": 15,
            "prerequisites": ["llm-apis-gateways", "etl-elt-pipelines"],
            "resources": [
                {"title": "Patterns for Building LLM-based Systems & Products", "start_here": True},
                {"title": "pgvector", "start_here": False},
                {"title": "Qdrant documentation", "start_here": False},
            ],
        },
        {
            "name": "Evaluating LLM applications",
            "slug": "llm-evaluation",
            "summary": (
                "Measuring the quality of open-ended outputs with test sets, automated checks, LLM-as-judge and human "
                "review, before release and in production."
            ),
            "body": """\
LLM outputs are open-ended, so there is rarely a single right answer to compare with. Evaluation combines a curated \
set of test cases, cheap automated checks (format, length, required facts), model-graded judgments checked against \
human labels, and review of real conversations. It runs in CI for every change and continuously on production samples.

Knowing it means you can:

- build and maintain a test set from real and adversarial cases
- write automated checks and an LLM-as-judge grader, and measure how well the grader agrees with people
- block a release when evaluation scores fall
- sample production traffic for ongoing evaluation
""",
            "tools": ["Ragas", "promptfoo", "OpenAI Evals"],
            "hours": 12,
            "prerequisites": ["prompt-management", "rag-systems", "evaluation-metrics"],
            "resources": [
                {"title": "What We Learned from a Year of Building with LLMs", "start_here": True},
                {"title": "Ragas documentation", "start_here": False},
                {"title": "promptfoo", "start_here": False},
            ],
        },
        {
            "name": "Self-hosting open models",
            "slug": "self-hosting-llms",
            "summary": (
                "Serving open-weight LLMs on your own GPUs with inference servers such as vLLM, and sizing memory, "
                "batching and quantization."
            ),
            "body": """\
Running an open-weight model yourself gives control over data, cost at high volume and model choice, at the price of \
GPU operations. Specialized inference servers batch requests continuously and manage GPU memory efficiently; \
quantization lets larger models fit on smaller GPUs. Capacity planning revolves around GPU memory, tokens per second \
and time to first token.

Knowing it means you can:

- serve an open model with vLLM or Text Generation Inference behind an OpenAI-compatible API
- estimate the GPU memory a model and its context need, and choose hardware
- measure time to first token and throughput under load, and tune batching
- compare the cost per million tokens with a hosted API
""",
            "tools": ["vLLM", "Text Generation Inference", "Ollama", "KServe"],
            "hours": 15,
            "prerequisites": ["llm-fundamentals", "model-servers", "gpu-containers"],
            "resources": [
                {"title": "vLLM documentation", "start_here": True},
                {"title": "Text Generation Inference documentation", "start_here": False},
                {"title": "Ollama", "start_here": False},
            ],
        },
        {
            "name": "Parameter-efficient fine-tuning",
            "slug": "llm-fine-tuning",
            "summary": (
                "Adapting an open LLM to a task with methods such as LoRA, and deciding when fine-tuning beats better "
                "prompts or retrieval."
            ),
            "body": """\
Fine-tuning changes a model's behavior by training it further on your examples. Parameter-efficient methods such as \
LoRA train small adapter weights instead of the whole model, which makes fine-tuning affordable and lets one base \
model serve several adapters. It is worth it only when prompting and retrieval fall short, and it needs the same data, \
tracking and evaluation discipline as any training.

Knowing it means you can:

- prepare a clean instruction dataset and hold out an evaluation set
- fine-tune a model with LoRA and track the run
- show with evaluation results whether the fine-tuned model beats the prompted base model
""",
            "tools": ["PEFT", "Hugging Face Transformers", "TRL", "MLflow"],
            "hours": 15,
            "prerequisites": ["pretrained-models", "llm-evaluation"],
            "resources": [
                {"title": "PEFT documentation", "start_here": True},
                {"title": "Hugging Face LLM Course", "start_here": False},
                {"title": "LLMOps (DeepLearning.AI short course)", "start_here": False},
            ],
        },
        {
            "name": "Guardrails and prompt-injection defenses",
            "slug": "llm-guardrails",
            "summary": (
                "Checking what goes into and comes out of an LLM, defending against prompt injection, and limiting "
                "what the model is allowed to do."
            ),
            "body": """\
LLM applications face risks ordinary services do not: instructions hidden in user input or retrieved documents (prompt \
injection), leaks of sensitive data in outputs, and harmful or off-topic answers. No single filter stops prompt \
injection, so defenses are layered: input and output checks, least privilege for any tools the model can call, and \
people in the loop for consequential actions.

Knowing it means you can:

- list the main LLM risks from the OWASP Top 10 for LLM Applications and how each applies to your system
- add input and output checks, including for personal data
- limit the model's tools and permissions so a successful injection does little harm
- test the application with known injection attacks in CI
""",
            "tools": ["NeMo Guardrails", "promptfoo", "Presidio"],
            "hours": 8,
            "prerequisites": ["llm-apis-gateways", "ml-threat-landscape"],
            "resources": [
                {"title": "OWASP Top 10 for LLM Applications", "start_here": True},
                {"title": "NeMo Guardrails", "start_here": False},
            ],
        },
        {
            "name": "Tracing, cost and feedback for LLM calls",
            "slug": "llm-observability",
            "summary": (
                "Tracing every LLM call and retrieval step with its prompt, tokens, latency and cost, and collecting "
                "user feedback."
            ),
            "body": """\
When an LLM application gives a bad answer, you need to see the whole chain behind it: the prompt version, the \
retrieved passages, the model's response, tool calls, tokens, latency and cost. LLM tracing tools record these as \
spans, increasingly following OpenTelemetry's conventions for generative AI, and attach user feedback so the worst \
cases feed back into evaluation.

Knowing it means you can:

- trace an LLM application end to end, including retrieval and tool calls
- build dashboards for tokens, cost, latency and error rate per feature
- capture user feedback and turn poor answers into new test cases
""",
            "tools": ["Langfuse", "Arize Phoenix", "OpenTelemetry"],
            "hours": 8,
            "prerequisites": ["llm-apis-gateways", "logs-and-tracing"],
            "resources": [
                {"title": "Langfuse documentation", "start_here": True},
                {"title": "OpenTelemetry semantic conventions for generative AI", "start_here": False},
                {"title": "Arize Phoenix", "start_here": False},
            ],
        },
        {
            "name": "Operating agents and tool use",
            "slug": "llm-agents-ops",
            "summary": (
                "Running LLM applications that call tools and take multi-step actions: limits, timeouts, approvals, "
                "tracing and evaluation of whole tasks."
            ),
            "body": """\
Agents let a model call tools (search, databases, APIs) in a loop until a task is done. Each step can fail, loop or do \
something unintended, and cost grows with every step. Operating them means limits on steps, time and spending, \
narrowly scoped tools, human approval for consequential actions, full traces, and evaluation of complete tasks rather \
than single answers.

Knowing it means you can:

- set step, time and cost limits on an agent and handle hitting them gracefully
- give tools the narrowest permissions that work and require approval for risky actions
- evaluate an agent on complete tasks and read its traces to find where it went wrong
""",
            "tools": ["Langfuse", "OpenTelemetry", "Model Context Protocol"],
            "hours": 8,
            "prerequisites": ["llm-guardrails", "llm-observability"],
            "resources": [
                {"title": "AI Engineering", "start_here": True},
                {"title": "Patterns for Building LLM-based Systems & Products", "start_here": False},
            ],
        },
    ],
}
