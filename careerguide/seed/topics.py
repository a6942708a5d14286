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
}
