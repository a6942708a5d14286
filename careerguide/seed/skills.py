"""The skills: the article's six technical skills and four soft skills, in the guide's order, then four additions.

The additions (model serving, monitoring, ML security and governance, LLMOps) are technical skills the article
does not name but an ML Ops engineer is hired for; they come last and carry "addition": True, so the article's
ten can always be told apart from them.

"rubric" holds the five levels, 0 (none) to 4 (expert). "prerequisites" lists the slugs of skills to
learn first; they must never form a cycle (the tests check).
"""

SKILLS = [
    {
        "name": "Machine Learning",
        "slug": "machine-learning",
        "kind": "technical",
        "summary": (
            "Understanding how machine learning models are trained, evaluated and improved, well enough to run "
            "them in production and to tell when they go wrong."
        ),
        "body": """\
Machine learning is the practice of building programs that learn patterns from examples instead of following \
hand-written rules. A model is trained on historical data, checked on data it has not seen, and then used to \
make predictions about new cases: whether a payment is fraudulent, what a house will sell for, which products a \
customer might like.

An ML Ops engineer rarely invents new algorithms, but needs a working grasp of the whole modeling workflow: how \
data is split, how features are built, how a model is trained and tuned, and how its quality is measured. That \
grasp is what lets you turn someone else's experiment into a reliable system without changing what it does, and \
notice when a model in production stops doing its job.
""",
        "why_it_matters": """\
- You cannot monitor what you do not understand. Knowing what precision, recall or calibration mean tells you \
which numbers to watch and when a change is worth waking someone up for.
- Many production failures are machine learning failures, not infrastructure ones: data leakage, a mismatch \
between how features are computed in training and in serving, labels that arrive weeks late, feedback loops. \
Spotting them takes modeling knowledge.
- Data scientists trust your pipelines and reviews more when you can discuss their models in their terms.
""",
        "what_to_learn": """\
- Supervised and unsupervised learning: regression, classification and clustering
- Training, validation and test sets; cross-validation; data leakage and how to prevent it
- Evaluation metrics (accuracy, precision, recall, F1, ROC AUC, mean absolute error) and choosing one that fits \
the business goal
- Overfitting, underfitting, regularization and hyperparameter tuning
- Feature engineering, and training/serving skew: features computed differently in training and in production
- The main model families: linear models, tree ensembles such as random forests and gradient boosting, and \
neural networks
- Deep learning basics: tensors, training loops, GPUs, and fine-tuning pretrained models
- Data drift and concept drift, and why models degrade after deployment
- Reproducibility: random seeds, pinned dependencies and recorded experiment settings
- Fairness, explainability and the basics of responsible AI
""",
        "tools": """\
- **scikit-learn** for classical models, preprocessing pipelines and metrics
- **XGBoost** and **LightGBM** for gradient-boosted trees on tabular data
- **PyTorch**, and **TensorFlow** with **Keras**, for deep learning
- **Hugging Face Transformers** for pretrained language and vision models
- **Jupyter** notebooks for exploration
- **MLflow** or **Weights & Biases** for tracking experiments
- **Optuna** for hyperparameter search
- **SHAP** for explaining individual predictions
""",
        "rubric": [
            "Has not trained or evaluated a machine learning model and cannot yet say what training means.",
            "Can explain in plain words what a model, training data and a prediction are, and the difference "
            "between classification and regression.",
            "Has trained a model with scikit-learn by following a tutorial, split data into training and test "
            "sets, and reported a metric such as accuracy or mean absolute error.",
            "Trains, tunes and evaluates models on real data without help, chooses metrics that fit the business "
            "goal, and spots leakage, overfitting and drift in someone else's work.",
            "Designs evaluation and retraining strategies for models in production, diagnoses subtle failures such "
            "as training/serving skew or feedback loops, and teaches others to do the same.",
        ],
        "prerequisites": ["programming-python"],
    },
    {
        "name": "Programming (Python)",
        "slug": "programming-python",
        "kind": "technical",
        "summary": (
            "Writing clean, tested and maintainable Python, the language most machine learning code and "
            "tooling is written in."
        ),
        "body": """\
Python is the common language of machine learning. Models are trained in it, pipelines are defined in it, and \
most ML Ops tools offer a Python interface first. For an ML Ops engineer, programming means more than making a \
script run once: it means writing code that other people can read, test, package and trust to run unattended \
in the middle of the night.

Day to day, that includes refactoring notebook code into modules, writing small services that return \
predictions, gluing tools together and automating chores. A second language helps (shell scripting is almost \
unavoidable, and Go is common in infrastructure tooling), but Python is the place to start.
""",
        "why_it_matters": """\
- Almost every handover from data science arrives as Python code. You need to read it, improve it and make it \
production-ready without changing its results.
- Pipelines, tests, serving code and automation scripts are all software, and bugs in them cause outages like \
bugs anywhere else.
- Good engineering habits (version control, tests, code review, clear structure) are the foundation every \
other skill in this guide builds on.
""",
        "what_to_learn": """\
- Core Python: data types, functions, classes, modules and packages, exceptions
- Virtual environments and dependency management: `pyproject.toml`, lock files, pinned versions
- Working with tabular data in NumPy and pandas (or Polars)
- Testing with pytest, including fixtures and tests for data-processing code
- Type hints, static type checking, linting and formatting
- Git: branches, commits, pull requests and resolving merge conflicts
- Command-line tools that read settings from files and environment variables
- A small web API that serves predictions
- Logging, basic profiling, and the idea of threads, processes and async code
- Shell scripting and working comfortably in a Linux terminal
- SQL for querying data
""",
        "tools": """\
- **Python** with **pip**, **uv** or **Poetry** for environments and dependencies
- **Git**, hosted on **GitHub** or **GitLab**
- **pytest** for tests
- **Ruff** for linting and formatting, **mypy** for type checking
- **NumPy**, **pandas** and **Polars** for data
- **FastAPI** or **Flask** for prediction services
- **VS Code** or **PyCharm**, and **Jupyter** for exploration
- **Bash** for scripts
""",
        "rubric": [
            "Has not written a program yet.",
            "Can read a short Python script and explain what it does, and knows what variables, loops and "
            "functions are.",
            "Writes working scripts that use functions and third-party libraries, commits and pushes with Git, "
            "and fixes errors by reading the traceback.",
            "Structures code into packages with tests, type hints and pinned dependencies, turns notebook code "
            "into a maintainable module, and gives useful reviews on others' pull requests.",
            "Designs libraries and services other teams build on, sets a team's coding standards and tooling, "
            "and diagnoses performance or concurrency problems in production code.",
        ],
        "prerequisites": [],
    },
    {
        "name": "Data Engineering",
        "slug": "data-engineering",
        "kind": "technical",
        "summary": (
            "Moving, cleaning, validating and storing data reliably, so that models are trained and served on "
            "data you can trust."
        ),
        "body": """\
A model is only as good as the data it learns from, and in production that data arrives continuously, from many \
sources, in imperfect shape. Data engineering is the work of building the pipelines that collect it, clean it, \
turn it into features and store it where training jobs and prediction services can find it.

For an ML Ops engineer the focus is on the parts that touch models: making training data reproducible, making \
sure the same feature logic runs in training and in serving, stopping bad data before it reaches a model, and \
keeping large jobs fast and affordable.
""",
        "why_it_matters": """\
- Many model incidents start as data incidents: a column renamed upstream, a time zone change, a sensor that \
starts reporting zeros. Validation catches them before they become wrong predictions.
- Reproducing or auditing a model means knowing exactly which data it was trained on, which needs versioned, \
well-organized data.
- Feature pipelines and batch scoring jobs are often the heaviest workloads in an ML system; designing them well \
saves both time and money.
""",
        "what_to_learn": """\
- SQL in depth: joins, window functions, aggregations and query performance
- Data modeling: tables, partitions and star schemas
- File and table formats: CSV, JSON and Parquet, and table formats such as Delta Lake and Apache Iceberg
- Batch processing on distributed engines, and the basics of streaming: events, topics and windows
- ETL and ELT patterns, jobs that are safe to rerun, and backfills
- Workflow orchestration: schedules, dependencies, retries and alerts
- Data quality: schema checks, expectations and data contracts with the teams that produce the data
- Data versioning and lineage
- Feature stores and point-in-time correct training data
- Privacy basics: personal data, access control and retention
""",
        "tools": """\
- **SQL** on warehouses such as **BigQuery**, **Snowflake** or **Amazon Redshift**
- **Apache Spark** for large batch jobs, **Apache Kafka** for streams
- **Apache Airflow**, **Dagster** or **Prefect** for orchestration
- **dbt** for transformations written in SQL
- **Great Expectations** or **Pandera** for data validation
- **DVC** or **lakeFS** for versioning data
- **Feast**, an open-source feature store
- **Parquet**, **Delta Lake** and **Apache Iceberg** for storage
""",
        "rubric": [
            "Has not worked with data beyond opening a spreadsheet.",
            "Can explain what a data pipeline, a database table and a data warehouse are, and why bad input data "
            "leads to bad predictions.",
            "Writes SQL queries with joins and aggregations, cleans a dataset with pandas, and has scheduled a "
            "simple job that copies data from one place to another.",
            "Builds and maintains orchestrated pipelines with retries, backfills and data-quality checks, versions "
            "training data, and keeps feature logic the same in training and serving.",
            "Designs an organization's data and feature platform for machine learning, agrees data contracts with "
            "upstream teams, and makes large pipelines fast, cheap and auditable.",
        ],
        "prerequisites": ["programming-python"],
    },
    {
        "name": "DevOps and CI/CD",
        "slug": "devops-ci-cd",
        "kind": "technical",
        "summary": (
            "Automating how code and models are tested, built, released and operated, so that changes reach "
            "production safely and often."
        ),
        "body": """\
DevOps is a way of working in which the people who build software also share responsibility for running it, and \
in which everything repeatable is automated. Its best-known practice is CI/CD: **continuous integration**, where \
every change is merged often and checked by automated tests, and **continuous delivery** (or deployment), where \
every change that passes can be released by a pipeline rather than by hand.

ML Ops is largely DevOps applied to machine learning. The pipeline gains extra stages (validate the data, train \
the model, compare it with the one in production, register it) and there is more to version (data and models as \
well as code), but the principles are the same: small changes, automated checks, reproducible builds, observable \
systems, and rollbacks that are quick and safe.
""",
        "why_it_matters": """\
- Without automation, deploying a model is a manual ritual that only one person knows, and retraining happens \
rarely because it is painful.
- Automated checks in CI catch broken code, bad data and worse models before users see them.
- Infrastructure as code, monitoring and a practiced incident routine are what keep a model service running once \
it is live.
""",
        "what_to_learn": """\
- Git workflows: short-lived branches, pull requests, code review, tags and releases
- CI pipelines that run tests, linters and builds on every change
- Testing for machine learning: unit tests, data validation, model quality gates, and smoke tests after a deploy
- Release strategies: blue-green, canary and shadow deployments, and rollbacks
- Infrastructure as code and configuration management
- GitOps: the desired state of a system kept in Git and applied automatically
- Secrets management and software supply-chain basics: pinned dependencies and image scanning
- Observability: metrics, logs, traces, dashboards and alerts
- Model registries, model versions and promotion from staging to production
- Incident response: on-call, runbooks and postmortems
- Linux administration and networking basics
""",
        "tools": """\
- **GitHub Actions**, **GitLab CI** or **Jenkins** for CI/CD
- **Argo CD** or **Flux** for GitOps deployments to Kubernetes
- **Terraform** (or its open-source fork **OpenTofu**) for infrastructure as code
- The **MLflow** model registry for model versions and their promotion
- **Prometheus** and **Grafana** for metrics, dashboards and alerts
- **OpenTelemetry** for traces and other telemetry
- **HashiCorp Vault** or a cloud provider's secrets manager
- **pre-commit** for checks that run before code is pushed
""",
        "rubric": [
            "Has not used version control or an automated build.",
            "Can explain what CI/CD and infrastructure as code mean, and why teams automate releases instead of "
            "copying files to servers by hand.",
            "Has set up a CI workflow, for example in GitHub Actions, that runs tests on every pull request, and "
            "can read a pipeline's logs to find out why it failed.",
            "Builds pipelines that test, build and deploy a model service with a quality gate and a rollback path, "
            "manages infrastructure as code, and sets up alerts that point to real problems.",
            "Designs a team's release process and ML platform tooling, introduces practices such as canary "
            "releases and GitOps, leads incident response, and measurably improves delivery speed and "
            "reliability.",
        ],
        "prerequisites": ["programming-python"],
    },
    {
        "name": "Cloud Platforms",
        "slug": "cloud-platforms",
        "kind": "technical",
        "summary": (
            "Using public cloud services to store data, train models and serve predictions securely, at scale "
            "and within budget."
        ),
        "body": """\
Most machine learning systems run in a public cloud: Amazon Web Services (AWS), Microsoft Azure or Google Cloud. \
The cloud offers computing power on demand (including GPUs that would be expensive to buy), managed storage and \
databases, and managed machine learning services that take care of training, hosting and monitoring for you.

Cloud skill for an ML Ops engineer has two layers. The foundation is much the same on every provider: compute, \
storage, networking, identity and access management, and cost. On top sit each provider's machine learning \
services, such as Amazon SageMaker, Azure Machine Learning and Google's Vertex AI. Learn the foundation well on \
one provider; the concepts carry over to the others.
""",
        "why_it_matters": """\
- Training and serving need computing power that grows and shrinks with demand, and the cloud is where most \
teams get it.
- Security mistakes in the cloud, such as a public storage bucket or an access key with too many permissions, \
can expose data and models. Getting access control right is part of the job.
- Cloud bills grow quietly. An engineer who understands pricing can save a great deal by choosing the right \
machine sizes, using spare capacity at a discount and shutting down idle resources.
""",
        "what_to_learn": """\
- Core services on one provider: virtual machines, object storage, managed databases and serverless functions
- Identity and access management: users, roles, policies, service accounts and least privilege
- Networking: virtual networks, subnets, firewall rules, private endpoints, load balancers and DNS
- GPU and other accelerator machines, quotas, and discounted spot or preemptible capacity
- Managed Kubernetes (EKS, AKS or GKE) and container registries
- Managed ML platforms: training jobs, model registries, endpoints and pipelines
- Creating all of it with infrastructure as code
- Cost management: budgets, alerts, tagging and reading a bill
- The provider's logging and monitoring services
- The shared responsibility model, encryption and compliance basics
""",
        "tools": """\
- **Amazon Web Services**: S3, EC2, IAM, EKS and **Amazon SageMaker**
- **Microsoft Azure**: Blob Storage, AKS, Microsoft Entra ID and **Azure Machine Learning**
- **Google Cloud**: Cloud Storage, GKE, IAM, BigQuery and **Vertex AI**
- **Terraform** for provisioning on any of them
- Each provider's command-line tool: **aws**, **az** and **gcloud**
- **Databricks**, a data and machine learning platform that runs on all three
""",
        "rubric": [
            "Has not used a cloud provider's console or command-line tool.",
            "Can explain what the cloud offers compared with owning servers, and name its main building blocks: "
            "compute, storage, networking and identity.",
            "Has created a virtual machine and a storage bucket on one provider, deployed a small app and set a "
            "budget alert, mostly by following tutorials.",
            "Provisions secure environments with infrastructure as code, grants least-privilege access, runs "
            "training and serving on managed ML services or managed Kubernetes, and keeps costs under control.",
            "Designs ML platforms that span several accounts or regions, sets an organization's security and cost "
            "guardrails, and chooses between managed services and self-hosting with clear reasoning.",
        ],
        "prerequisites": ["devops-ci-cd"],
    },
    {
        "name": "Containers and Orchestration",
        "slug": "containers-orchestration",
        "kind": "technical",
        "summary": (
            "Packaging models and services in containers and running them on an orchestrator such as Kubernetes, "
            "so they behave the same everywhere and scale with demand."
        ),
        "body": """\
A container bundles an application with everything it needs to run: the code, the Python version, libraries and \
system packages. Built once from a Dockerfile, the same image runs on a laptop, in CI and in production. That \
ends the "it works on my machine" problem, which is especially painful for machine learning code with its heavy, \
version-sensitive dependencies.

An orchestrator runs many containers across many machines. Kubernetes, the most widely used, starts containers, \
restarts them when they fail, adds and removes copies as load changes, and rolls out new versions gradually. Much \
of the open-source ML Ops ecosystem, from Kubeflow pipelines to KServe model serving, is built on top of it.
""",
        "why_it_matters": """\
- Containers make training and serving reproducible: the environment is defined in code and versioned with it.
- Model services need to scale with traffic, survive machine failures and be updated without downtime; an \
orchestrator provides all three.
- Kubernetes is common ground between ML teams and platform teams. Knowing it lets you deploy on the \
infrastructure your organization already runs.
""",
        "what_to_learn": """\
- Container basics: images, layers, registries, Dockerfiles, volumes and networking
- Small, secure images: slim base images, multi-stage builds, non-root users, pinned versions
- Running GPU workloads in containers
- Kubernetes objects: pods, deployments, services, ingress, config maps, secrets and jobs
- Resource requests and limits, autoscaling, health checks and rolling updates
- Packaging applications with Helm charts or Kustomize
- Model serving on Kubernetes: online prediction, batch jobs and scaling to zero
- ML workflow engines on Kubernetes, such as Kubeflow Pipelines or Argo Workflows
- Debugging: logs, events, `kubectl describe`, failing health checks, containers killed for using too much memory
- Cluster security basics: namespaces, role-based access control and network policies
""",
        "tools": """\
- **Docker** (or **Podman**) to build and run containers
- **Kubernetes** and **kubectl**, with **kind** or **minikube** for a cluster on your laptop
- **Helm** and **Kustomize** for packaging and configuration
- **KServe**, **Seldon Core**, **BentoML** or **NVIDIA Triton Inference Server** for model serving
- **Kubeflow** and **Argo Workflows** for ML pipelines on Kubernetes
- **Ray** for distributed training and serving
- Managed clusters: **Amazon EKS**, **Azure Kubernetes Service** and **Google Kubernetes Engine**
""",
        "rubric": [
            "Has not run a container.",
            "Can explain what a container image is, how it differs from a virtual machine, and what Kubernetes is for.",
            "Writes a Dockerfile for a Python model service, runs it locally, pushes the image to a registry, and "
            "deploys it to a local Kubernetes cluster by following a guide.",
            "Deploys and operates model services on Kubernetes with resource limits, health checks, autoscaling "
            "and Helm charts, and works out why a pod is failing from its logs and events.",
            "Designs and runs shared clusters for training and serving, including GPU scheduling, security "
            "policies and cost controls, and builds the templates other teams deploy with.",
        ],
        "prerequisites": ["programming-python"],
    },
    {
        "name": "Problem-Solving",
        "slug": "problem-solving",
        "kind": "soft",
        "summary": (
            "Breaking down messy, unfamiliar problems in systems that mix code, data and infrastructure, and "
            "finding their real cause."
        ),
        "body": """\
Machine learning systems fail in more ways than ordinary software, because a problem can hide in the code, the \
data, the model, the infrastructure or the way they interact. A drop in prediction quality might come from a \
bug, a change in customer behavior, a broken upstream feed or a library that was quietly upgraded.

Problem-solving here means working methodically: stating the problem precisely, forming hypotheses, testing the \
cheapest ones first and changing one thing at a time. It also means knowing when a quick fix is enough and when \
the honest answer is to step back and redesign.
""",
        "why_it_matters": """\
- Incidents are stressful and urgent; a calm, systematic approach restores service faster than guessing.
- Many machine learning problems come without an error message: everything runs, but the results are worse. \
Finding the cause takes structured investigation.
- Fixing the root cause rather than the symptom is what stops the same alert from firing again next month.
""",
        "what_to_learn": """\
- Stating a problem precisely: what changed, since when, for whom, and how you know
- Hypothesis-driven debugging, and bisecting a change in code, data, configuration or time
- Reading logs, metrics and traces to narrow down where a fault lies
- Root-cause analysis techniques such as the five whys
- Building a minimal example that reproduces a problem
- Weighing trade-offs: time, cost, risk and how easily a change can be undone
- Knowing when to ask for help, and how to ask well
- Turning the lessons of an incident into lasting fixes
""",
        "tools": """\
- **Blameless postmortems** after incidents, with concrete follow-up actions and owners
- **Runbooks** that record how known problems are diagnosed and fixed
- **The five whys**, asked until the answer is something you can change
- **Bisecting**: with `git bisect` for code, or by replaying data from a day when things still worked
- **Rubber-duck debugging**: explaining the problem aloud, step by step
- **Minimal reproductions** that strip a failure down to the smallest example
- **Investigation notes** that record what was tried, what was ruled out and why
""",
        "rubric": [
            "Gets stuck when something fails and waits for someone else to fix it.",
            "Recognizes that a problem can come from code, data or infrastructure, and can describe a failure "
            "clearly enough for someone else to help.",
            "Investigates routine failures alone by reading error messages and logs, searches well for known "
            "issues, and asks specific questions when stuck.",
            "Diagnoses unfamiliar production problems methodically, testing hypotheses across code, data and "
            "infrastructure, and fixes root causes rather than symptoms.",
            "Leads investigations into complex incidents that span teams, makes sound trade-offs under pressure, "
            "and changes systems and processes so whole classes of problems stop recurring.",
        ],
        "prerequisites": [],
    },
    {
        "name": "Communication",
        "slug": "communication",
        "kind": "soft",
        "summary": (
            "Explaining technical work clearly to data scientists, engineers and non-technical colleagues, in "
            "writing and in conversation."
        ),
        "body": """\
An ML Ops engineer works where teams meet, so a large part of the job is communication. You explain to a data \
scientist why their model needs a different packaging step, to an operations team why a service needs GPUs, and \
to a manager why a model's accuracy dropped last week and what it will take to fix it.

Good communication in this role is mostly about clarity and audience: leading with what matters to the reader, \
choosing the right level of detail, writing things down so that decisions outlive the meeting, and listening \
well enough to understand what people actually need.
""",
        "why_it_matters": """\
- Machine learning projects cross team boundaries, and misunderstandings between data science and operations \
are a common reason models never reach production.
- Decisions about risk, cost and model quality are often made by people who are not specialists; they need \
honest, plain explanations.
- Written documentation and clear updates during incidents let a team work without depending on one person's \
memory.
""",
        "what_to_learn": """\
- Writing for your reader: the conclusion first, details after, no unexplained jargon
- Design documents and architecture decision records
- Clear pull-request descriptions and constructive code review
- Incident updates that say what is known, what is not, and when the next update will come
- Explaining model metrics, uncertainty and risk to people without a technical background
- Running focused meetings and demos
- Active listening and asking clarifying questions
- Documentation and how-to guides that people can follow without you
""",
        "tools": """\
- **Design docs** shared for comment before building anything large
- **Architecture decision records** (ADRs) kept next to the code
- **Code review** with kind, specific and actionable comments
- **Runbooks** and **READMEs** that let others operate what you built
- **Incident status updates** at a fixed interval during an outage
- **Demos** of working software at the end of each piece of work
- **Diagrams** of data and model flows, drawn with a tool such as draw.io or Mermaid
""",
        "rubric": [
            "Rarely shares progress or explains their work unless asked.",
            "Knows that data scientists, engineers and business colleagues need different explanations, and keeps "
            "their team informed about what they are working on.",
            "Writes clear pull-request descriptions and tickets, explains their own work accurately to technical "
            "colleagues, and asks good clarifying questions.",
            "Writes design docs and runbooks that others rely on, explains model behavior, risk and trade-offs to "
            "non-technical colleagues in plain language, and gives useful code reviews.",
            "Aligns several teams behind a technical direction, communicates calmly and clearly during major "
            "incidents, and improves how the organization records and shares decisions.",
        ],
        "prerequisites": [],
    },
    {
        "name": "Attention to Detail",
        "slug": "attention-to-detail",
        "kind": "soft",
        "summary": (
            "Noticing the small things, such as a mislabeled column, a version mismatch or a missing alert, that "
            "decide whether a machine learning system is reliable."
        ),
        "body": """\
In a machine learning system, small details have large effects. A feature computed slightly differently in \
training and in serving, a library that rounds numbers differently after an upgrade, a time zone assumption, or \
test data that overlaps with training data can each make a model wrong without making it crash.

Attention to detail means checking your assumptions and your work, reading changes and configuration carefully, \
and building checks into the system so that correctness does not depend on anyone remembering. The aim is not \
perfectionism but care about the things that matter, backed by automation.
""",
        "why_it_matters": """\
- Silent errors are the dangerous ones: a model serving wrong predictions looks perfectly healthy to uptime \
monitoring.
- Reproducing a result depends on exact versions of code, data, dependencies and configuration; one unpinned \
library can break it.
- Regulated industries and audits require precise records of which model made which decision, and why.
""",
        "what_to_learn": """\
- Checklists for releases, migrations and on-call handovers
- Careful review of diffs, configuration and infrastructure plans before applying them
- Pinning versions of dependencies, container images and datasets
- Validating data and schemas instead of assuming them
- Testing edge cases: missing values, empty inputs, time zones, categories never seen in training
- Comparing training and serving results for the same inputs
- Keeping records: experiment logs, model cards and change logs
- Spotting anomalies in dashboards and logs before they turn into incidents
""",
        "tools": """\
- **Checklists** for deployments and model promotions
- **Code review** that reads configuration and infrastructure plans (such as `terraform plan` output) as \
carefully as code
- **Automated validation** in pipelines, so checks run every time and not only when someone remembers
- **Model cards** that record what a model is for, how it was evaluated and where it should not be used
- **Lock files** and pinned versions
- **Smoke tests** against a staging environment before each release
- **Change logs** and release notes
""",
        "rubric": [
            "Often hands over work with mistakes that a quick check would have caught.",
            "Knows that small mistakes in data, configuration or versions can break a machine learning system, and "
            "double-checks their own work when reminded.",
            "Checks their own changes before asking for review, follows release checklists, and catches obvious "
            "problems such as a wrong file path or an unpinned dependency.",
            "Consistently catches subtle issues in reviews, such as data leakage, training/serving skew or risky "
            "configuration, and adds automated checks so the same mistake cannot recur.",
            "Builds validation, reproducibility and audit practices into the team's platform so that correctness "
            "does not rely on individual vigilance, and coaches others to review with the same care.",
        ],
        "prerequisites": [],
    },
    {
        "name": "Adaptability",
        "slug": "adaptability",
        "kind": "soft",
        "summary": (
            "Learning new tools and methods quickly, and changing course calmly as machine learning technology and "
            "business needs change."
        ),
        "body": """\
ML Ops is a young field that moves quickly. Tools that were standard a few years ago have been replaced, new \
kinds of models such as large language models bring new operational problems, and cloud services gain and lose \
features every year. Priorities inside a company can shift just as fast.

Adaptability is the habit of learning continuously without chasing every trend: understanding the durable \
principles underneath the tools, judging new options calmly, and changing plans when the evidence changes. It \
also means being comfortable saying "I don't know yet" and then finding out.
""",
        "why_it_matters": """\
- The specific tools in this guide will change during your career; the ability to learn the next one matters \
more than mastery of the current one.
- Organizations switch cloud providers, adopt new platforms and change priorities; engineers who adapt stay \
effective through the change.
- New kinds of models, such as large language models, bring new problems in serving, evaluation and cost that \
call for fresh approaches.
""",
        "what_to_learn": """\
- Learning how to learn: official documentation first, then small experiments, then deeper reading
- Telling durable principles (reproducibility, automation, observability) apart from particular tools
- Judging a new tool: maturity, community, license, fit and the cost of migrating
- Running a small proof of concept before committing
- Keeping up with the field without overload: a few trusted newsletters, talks and communities
- Operating newer kinds of models, such as serving and evaluating large language models
- Handling changing requirements and priorities gracefully
- Unlearning: retiring tools and habits that no longer help
""",
        "tools": """\
- **Proofs of concept** with clear success criteria and a time limit
- **Tool evaluation notes** or a team technology radar, shared and kept up to date
- **Learning time** set aside every week for documentation, papers or courses
- **Retrospectives** after each project to decide what to keep and what to change
- **Communities and conferences** to see how other teams solve the same problems
- **Side projects** for trying new tools without risking production
""",
        "rubric": [
            "Keeps using familiar tools even when they no longer fit, and avoids learning new ones.",
            "Accepts that machine learning tooling changes quickly, and follows at least one source of news about "
            "the field.",
            "Picks up a new tool or library when a task needs it, using official documentation and tutorials, and "
            "adjusts to changed priorities without losing momentum.",
            "Evaluates and adopts new tools and methods on their merits, runs small experiments before committing, "
            "and helps the team migrate when a change is worth it.",
            "Anticipates shifts in the field, steers the team's technology choices for the long term, and builds a "
            "culture in which learning and sensible change are routine.",
        ],
        "prerequisites": [],
    },
    # Additions to the article's ten skills: areas an ML Ops engineer is hired for that do not fit under any of
    # the six technical skills above. Each is marked "addition": True.
    {
        "name": "Model Deployment and Serving",
        "slug": "model-serving",
        "kind": "technical",
        "addition": True,
        "summary": (
            "Turning a trained model into a dependable prediction service or batch job, and releasing new versions "
            "safely, with the speed and cost the product needs."
        ),
        "body": """\
A trained model is just a file. Serving is everything that turns that file into predictions other systems can rely on: \
loading it with the right dependencies, putting it behind an API or running it over a table of records, handling many \
requests at once, and answering quickly enough for the product that calls it.

Deployment is the other half: getting a new model version into production without breaking anything. A model that \
passes every offline test can still behave badly on live traffic, so ML teams release models gradually, through shadow \
deployments, canaries and A/B tests, and keep the previous version ready to come back within minutes.
""",
        "why_it_matters": """\
- Deployment is where many machine learning projects stall. Shipping models reliably is the center of the ML Ops role.
- The serving pattern (online, batch, streaming or on a device) shapes the architecture, the cost and the failure \
modes of the whole system, and is expensive to change later.
- Latency and cost budgets are real constraints. A model that is accurate but too slow or too expensive to run never \
reaches its users.
""",
        "what_to_learn": """\
- Serving patterns: online (request and response), batch scoring, streaming, and on-device or edge
- Packaging a model with its preprocessing: serialization formats, model signatures and ONNX
- A production prediction API: input validation, health checks, versioned endpoints and graceful shutdown
- Model servers and serving frameworks, and when to use one instead of your own web service
- Performance: latency percentiles, throughput, request batching, concurrency and warm-up
- Hardware and optimization: CPUs or GPUs, quantization and compiled runtimes
- Autoscaling, including scaling to zero, and the cold starts that come with it
- Release strategies for models: shadow, canary, blue-green and A/B tests, with automatic rollback
- Load testing and capacity planning before launch
- Managed endpoints on a cloud ML platform compared with self-hosting on Kubernetes
""",
        "tools": """\
- **FastAPI** for small prediction services written in Python
- **KServe**, **BentoML**, **Seldon Core**, **Ray Serve** and **NVIDIA Triton Inference Server** as model servers
- **ONNX** and **ONNX Runtime** for portable, fast inference
- **Amazon SageMaker**, **Azure Machine Learning** and **Vertex AI** endpoints for managed serving
- **Argo Rollouts** or **Flagger** for canary and blue-green releases on Kubernetes
- **Locust** for load tests
- The **MLflow** model format and registry to hand models from training to serving
""",
        "rubric": [
            "Has not deployed a model or called one over an API.",
            (
                "Can explain the difference between training and serving and between online and batch predictions, and "
                "why a new model version is released with care."
            ),
            (
                "Has wrapped a trained model in a small web API or batch script, run it in a container and sent it "
                "test requests by following a tutorial."
            ),
            (
                "Deploys models as online services or batch jobs with validated inputs, health checks, autoscaling and "
                "load tests, and releases new versions through shadow or canary deployments with a tested rollback."
            ),
            (
                "Designs an organization's serving platform, meets strict latency and cost targets with batching, "
                "model optimization and the right hardware, and sets the release policy other teams follow."
            ),
        ],
        "prerequisites": ["containers-orchestration", "machine-learning"],
    },
    {
        "name": "Monitoring and Observability",
        "slug": "monitoring-observability",
        "kind": "technical",
        "addition": True,
        "summary": (
            "Knowing at all times whether ML systems are healthy and their predictions still good: metrics, logs and "
            "traces for the service, and drift, data-quality and performance checks for the model."
        ),
        "body": """\
Monitoring tells you that something is wrong; observability is the wider ability to work out why, from the signals a \
system emits. For an ordinary web service that means metrics, logs and traces, dashboards, and alerts tied to service \
level objectives.

A model in production needs all of that and more, because it can fail silently: every request succeeds, response times \
look fine, and yet the predictions get worse because the input data has shifted or the world has changed. ML \
monitoring adds checks on the data coming in, the predictions going out and, once the true outcomes arrive, the \
model's real quality.
""",
        "why_it_matters": """\
- Models degrade after deployment. Without monitoring, the first sign is often a complaint from a customer or a \
business report weeks later.
- Good alerts shorten incidents; noisy ones get ignored. Designing alerts that point at real problems is a skill in \
its own right.
- Monitoring data drives retraining decisions and shows whether a new model is actually better in production.
""",
        "what_to_learn": """\
- The three signals, metrics, logs and traces, and what each is good for
- Instrumenting a service: counters, histograms, structured logs and trace spans
- The golden signals (latency, traffic, errors and saturation) for prediction services
- Service level indicators, objectives and error budgets
- Dashboards that answer questions, and alerts that are actionable and come with runbooks
- Data quality in production: schemas, missing values, ranges and volumes
- Data drift and prediction drift: statistical tests, reference windows and their limits
- Measuring model quality when labels arrive late, and estimating it before they do
- Logging predictions and inputs safely for later analysis and retraining
- Resource and cost monitoring, especially for GPU workloads
""",
        "tools": """\
- **Prometheus** and **Grafana** for metrics, dashboards and alerts
- **OpenTelemetry** for instrumenting code and collecting traces, metrics and logs
- **Grafana Loki** or a cloud logging service for logs, **Jaeger** or **Grafana Tempo** for traces
- **Evidently**, **NannyML**, **whylogs** and **Alibi Detect** for drift and model quality
- Cloud services such as **Amazon CloudWatch**, **Azure Monitor** and **Google Cloud Monitoring**
- **PagerDuty** or a similar service for on-call alerting
""",
        "rubric": [
            "Has not looked at a monitoring dashboard or a service's logs.",
            (
                "Can explain the difference between monitoring a service's health and monitoring a model's quality, "
                "and what data drift means."
            ),
            (
                "Has added metrics and structured logs to a small service, built a dashboard in Grafana, and produced "
                "a drift report on a sample dataset by following a guide."
            ),
            (
                "Monitors production models end to end, from latency and errors to data quality, drift and quality "
                "measured on delayed labels, with service level objectives and actionable alerts backed by runbooks."
            ),
            (
                "Designs monitoring for many models across teams, decides which signals trigger retraining or "
                "rollback, and keeps alerting precise enough that on-call engineers trust it."
            ),
        ],
        "prerequisites": ["devops-ci-cd", "machine-learning"],
    },
    {
        "name": "ML Security and Governance",
        "slug": "ml-security-governance",
        "kind": "technical",
        "addition": True,
        "summary": (
            "Protecting models, data and ML pipelines from attack and misuse, and keeping the records, reviews and "
            "controls that let an organization account for every model it runs."
        ),
        "body": """\
Machine learning systems inherit the security problems of ordinary software and add their own. Training data can be \
poisoned, model files can carry malicious code, models can leak the data they were trained on, and inputs can be \
crafted to make a model misbehave. The pipelines that train and ship models hold powerful credentials and sensitive \
data, which makes them attractive targets.

Governance is the organizational side: knowing which models exist, who owns them, what data they were trained on, how \
they were evaluated and who approved them, so that decisions can be explained and audited. Regulation and standards \
such as the EU AI Act, the NIST AI Risk Management Framework and ISO/IEC 42001 increasingly expect this. An ML Ops \
engineer rarely writes the policy, but builds the platform that makes following it the default.
""",
        "why_it_matters": """\
- A model file or package from an untrusted source can run code on your machines; the ML supply chain needs the same \
care as the software supply chain.
- Models trained on personal data carry privacy obligations, and a leak through a model is still a leak.
- Regulators, auditors and customers increasingly ask which model made a decision and on what basis; without lineage \
and records, nobody can answer.
""",
        "what_to_learn": """\
- Threats specific to ML: data poisoning, adversarial inputs, model theft, membership inference and model inversion
- The ML supply chain: untrusted model files, unsafe serialization such as pickle, and scanning and signing artifacts
- Securing pipelines and endpoints: least-privilege access, secrets, network isolation and audit logs
- Privacy: personal data in training sets, minimization, the limits of anonymization, and differential privacy at a \
high level
- Model governance: inventories, owners, approvals, model cards and lineage from data to prediction
- Risk frameworks and regulation: the NIST AI RMF, ISO/IEC 42001 and the risk-based obligations of the EU AI Act
- Security for LLM applications: prompt injection, data leakage and agents with too much authority
- Adversarial testing and red-teaming of models before release
""",
        "tools": """\
- The **OWASP Machine Learning Security Top 10** and **OWASP Top 10 for LLM Applications** as catalogs of risks
- **MITRE ATLAS** for how real attacks on ML systems work
- **ModelScan** for scanning model files, and **safetensors**, a weights format that cannot carry code
- **Sigstore** for signing artifacts, **Trivy** for scanning images and dependencies
- The **Adversarial Robustness Toolbox** for testing attacks and defenses
- **Opacus** for differentially private training in PyTorch
- A model registry such as **MLflow** for owners, versions and approvals
""",
        "rubric": [
            "Has not considered how a machine learning system could be attacked or misused.",
            (
                "Can explain why models and training data need protecting, and name ML-specific risks such as data "
                "poisoning, adversarial inputs or unsafe model files."
            ),
            (
                "Follows basic practice with guidance: keeps secrets out of code, loads models only from trusted "
                "sources in safe formats, and fills in a model card for a model they deploy."
            ),
            (
                "Builds security and governance into ML pipelines: least-privilege access, scanned and signed "
                "artifacts, audit logs, lineage and approval steps in the registry, and threat models for new ML "
                "features."
            ),
            (
                "Sets an organization's ML security and governance practice, maps it to frameworks and regulation, "
                "leads red-teaming and reviews, and makes compliance a by-product of the platform rather than a manual "
                "chore."
            ),
        ],
        "prerequisites": ["cloud-platforms", "machine-learning"],
    },
    {
        "name": "Operating LLM Applications (LLMOps)",
        "slug": "llmops",
        "kind": "technical",
        "addition": True,
        "summary": (
            "Running applications built on large language models in production: calling or serving the models, "
            "retrieval, evaluation, guardrails, observability and cost control."
        ),
        "body": """\
Large language models (LLMs) have changed what many ML teams ship. Instead of training a model from scratch, a team \
usually adapts an existing one: it writes prompts, connects the model to the organization's documents through \
retrieval, sometimes fine-tunes it, and calls it through a provider's API or runs it on its own GPUs.

The operational problems are familiar in kind but new in detail. Outputs are open-ended text, so evaluation needs test \
sets, automated graders and human review rather than a single accuracy figure. Cost grows with every token, and \
latency with the length of each answer. Prompts and retrieval indexes are new artifacts to version, and new risks such \
as prompt injection need defending against. LLMOps is ML Ops applied to these systems.
""",
        "why_it_matters": """\
- For many organizations the first machine learning system in production is now an LLM application, and ML Ops \
engineers are expected to run it.
- Without systematic evaluation, every prompt or model change is a guess, and regressions reach users unnoticed.
- LLM costs and latency grow quickly with usage; caching, routing and the choice between hosted and self-hosted models \
make large differences.
""",
        "what_to_learn": """\
- How LLMs behave in practice: tokens, context windows and sampling settings, and their effect on cost and latency
- Calling hosted models through APIs, and gateways that add retries, fallbacks, rate limits and cost tracking
- Prompts as versioned, tested artifacts
- Retrieval-augmented generation: embeddings, chunking, vector search and keeping indexes fresh
- Evaluating LLM applications: test sets, automated metrics, LLM-as-judge and human review, in CI and in production
- Self-hosting open models: inference servers, GPU memory, batching and quantization
- Parameter-efficient fine-tuning, and when it is worth the effort
- Guardrails: input and output checks, prompt-injection defenses and handling of sensitive data
- Tracing and monitoring LLM calls: latency, tokens, cost, errors and user feedback
- Agents and tool use, and the extra operational risks they bring
""",
        "tools": """\
- **vLLM**, **Hugging Face Text Generation Inference** and **Ollama** for serving open models
- **LiteLLM** as a gateway to many model providers
- **pgvector**, **Qdrant** or **FAISS** for vector search
- **Ragas** and **promptfoo** for evaluation
- **Langfuse**, **Arize Phoenix** and **OpenTelemetry** for tracing LLM calls
- **Hugging Face Transformers** and **PEFT** for fine-tuning
- **NeMo Guardrails** for input and output guardrails
""",
        "rubric": [
            "Has not built anything on top of a large language model.",
            (
                "Can explain what an LLM application is made of (a model, prompts and often retrieval) and why its "
                "outputs are harder to test than a classifier's."
            ),
            (
                "Has built a small LLM application on a hosted API or a local model, added retrieval over a few "
                "documents, and checked its answers against a handful of test questions."
            ),
            (
                "Runs LLM applications in production with versioned prompts, automated evaluation in CI, tracing of "
                "every call, cost and latency dashboards, guardrails, and a tested fallback when a provider fails."
            ),
            (
                "Designs an organization's LLM platform, chooses between hosted and self-hosted models on measured "
                "quality, cost and risk, and sets the evaluation and safety standards every LLM feature must meet."
            ),
        ],
        "prerequisites": ["model-serving", "monitoring-observability"],
    },
]
