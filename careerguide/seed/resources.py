"""Further resources: real courses, books, certifications, conferences, communities, docs and tools.

Every URL is the canonical https address of the resource, checked by hand on seed.REVIEWED_ON; prefer the
stable top-level page to a deep link. "kind" is a careerguide.models.ResourceKind value; "is_free" is true
where the resource is free to use or free to audit. "skills" and "pathways" are slugs.
"""

RESOURCES = [
    # Online courses
    {
        "title": "Machine Learning in Production",
        "url": "https://www.coursera.org/learn/introduction-to-machine-learning-in-production",
        "kind": "online_course",
        "provider": "DeepLearning.AI on Coursera",
        "is_free": False,
        "description": (
            "Andrew Ng's course on the lifecycle of a production machine learning project: scoping, data, "
            "modeling, deployment and monitoring, including concept drift. A good overview once you know the "
            "basics of machine learning."
        ),
        "skills": ["machine-learning", "data-engineering"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "Made With ML",
        "url": "https://madewithml.com/",
        "kind": "online_course",
        "provider": "Goku Mohandas",
        "is_free": True,
        "description": (
            "A free, code-first course on designing, developing, deploying and iterating on machine learning "
            "systems, covering testing, experiment tracking, CI/CD and serving with open-source tools."
        ),
        "skills": ["machine-learning", "programming-python", "devops-ci-cd", "data-engineering"],
        "pathways": ["online-courses-certifications", "personal-projects"],
    },
    {
        "title": "Full Stack Deep Learning",
        "url": "https://fullstackdeeplearning.com/",
        "kind": "online_course",
        "provider": "Full Stack Deep Learning",
        "is_free": True,
        "description": (
            "Free lectures and labs on building and shipping deep learning products, from data management and "
            "experiment tracking to deployment and monitoring."
        ),
        "skills": ["machine-learning", "devops-ci-cd", "cloud-platforms"],
        "pathways": ["online-courses-certifications", "personal-projects"],
    },
    {
        "title": "MLOps Zoomcamp",
        "url": "https://github.com/DataTalksClub/mlops-zoomcamp",
        "kind": "online_course",
        "provider": "DataTalksClub",
        "is_free": True,
        "description": (
            "A free course covering experiment tracking, workflow orchestration, deployment, monitoring and best "
            "practices, ending in a project reviewed by other learners. Take it with a live cohort or at your own "
            "pace."
        ),
        "skills": [
            "machine-learning",
            "devops-ci-cd",
            "data-engineering",
            "containers-orchestration",
            "cloud-platforms",
        ],
        "pathways": ["online-courses-certifications", "bootcamps", "personal-projects"],
    },
    {
        "title": "Machine Learning Crash Course",
        "url": "https://developers.google.com/machine-learning/crash-course",
        "kind": "online_course",
        "provider": "Google",
        "is_free": True,
        "description": (
            "Google's free, self-paced introduction to machine learning, with interactive visualizations and "
            "exercises; a quick way to learn the basics before tackling ML Ops."
        ),
        "skills": ["machine-learning"],
        "pathways": ["online-courses-certifications", "formal-education"],
    },
    {
        "title": "Introduction to Kubernetes (LFS158)",
        "url": "https://training.linuxfoundation.org/training/introduction-to-kubernetes/",
        "kind": "online_course",
        "provider": "The Linux Foundation",
        "is_free": True,
        "description": (
            "A free, self-paced introduction to Kubernetes: its architecture, core objects and how to deploy "
            "applications on it. Also offered on edX."
        ),
        "skills": ["containers-orchestration", "cloud-platforms"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "Machine Learning Specialization",
        "url": "https://www.coursera.org/specializations/machine-learning-introduction",
        "kind": "online_course",
        "provider": "DeepLearning.AI and Stanford Online on Coursera",
        "is_free": False,
        "description": (
            "Andrew Ng's beginner-friendly series of three courses on supervised learning, neural networks, "
            "recommender systems and reinforcement learning, with exercises in Python."
        ),
        "skills": ["machine-learning"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "Practical Deep Learning for Coders",
        "url": "https://course.fast.ai/",
        "kind": "online_course",
        "provider": "fast.ai",
        "is_free": True,
        "description": (
            "A free, hands-on course for people who can already code, in which you train and deploy deep learning "
            "models with PyTorch and fastai from the first lesson."
        ),
        "skills": ["machine-learning", "programming-python"],
        "pathways": ["online-courses-certifications", "personal-projects"],
    },
    {
        "title": "The Missing Semester of Your CS Education",
        "url": "https://missing.csail.mit.edu/",
        "kind": "online_course",
        "provider": "MIT",
        "is_free": True,
        "description": (
            "Free MIT lectures on the everyday tools most courses skip: the shell, scripting, editors, version "
            "control with Git, debugging and build systems."
        ),
        "skills": ["programming-python", "devops-ci-cd"],
        "pathways": ["online-courses-certifications", "formal-education"],
    },
    {
        "title": "Data Engineering Zoomcamp",
        "url": "https://github.com/DataTalksClub/data-engineering-zoomcamp",
        "kind": "online_course",
        "provider": "DataTalksClub",
        "is_free": True,
        "description": (
            "A free course on building data pipelines: containers, infrastructure as code, workflow orchestration, "
            "a data warehouse, batch processing with Spark and streaming with Kafka."
        ),
        "skills": ["data-engineering", "containers-orchestration", "cloud-platforms"],
        "pathways": ["online-courses-certifications", "personal-projects"],
    },
    # Books
    {
        "title": "Designing Machine Learning Systems",
        "url": "https://www.oreilly.com/library/view/designing-machine-learning/9781098107956/",
        "kind": "book",
        "provider": "Chip Huyen, O'Reilly (2022)",
        "is_free": False,
        "description": (
            "A practical, tool-neutral guide to the whole machine learning system: training data, features, "
            "evaluation, deployment, monitoring for drift and continual learning. One of the best single books on "
            "the subject."
        ),
        "skills": ["machine-learning", "data-engineering", "devops-ci-cd"],
        "pathways": ["professional-development", "formal-education"],
    },
    {
        "title": "Introducing MLOps",
        "url": "https://www.oreilly.com/library/view/introducing-mlops/9781492083283/",
        "kind": "book",
        "provider": "Mark Treveil and the Dataiku team, O'Reilly (2020)",
        "is_free": False,
        "description": (
            "A short introduction to ML Ops for engineers and managers alike, with little code: the model "
            "lifecycle, governance, and how to organize people and processes around models in production."
        ),
        "skills": ["machine-learning", "devops-ci-cd", "communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Machine Learning Engineering",
        "url": "https://www.mlebook.com/",
        "kind": "book",
        "provider": "Andriy Burkov (2020)",
        "is_free": True,
        "description": (
            "A concise book on the engineering side of machine learning, from collecting data to deploying, "
            "serving and maintaining models. The author lets you read it online before deciding whether to buy."
        ),
        "skills": ["machine-learning", "data-engineering", "devops-ci-cd"],
        "pathways": ["professional-development", "personal-projects"],
    },
    {
        "title": "Reliable Machine Learning",
        "url": "https://www.oreilly.com/library/view/reliable-machine-learning/9781098106218/",
        "kind": "book",
        "provider": (
            "Cathy Chen, Niall Richard Murphy, Kranti Parisa, D. Sculley, Todd Underwood et al., O'Reilly (2022)"
        ),
        "is_free": False,
        "description": (
            "Applies site reliability engineering to machine learning: how to run and monitor ML systems, respond "
            "to incidents, and organize teams around reliable models."
        ),
        "skills": ["devops-ci-cd", "problem-solving", "attention-to-detail"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Practical MLOps",
        "url": "https://www.oreilly.com/library/view/practical-mlops/9781098103002/",
        "kind": "book",
        "provider": "Noah Gift and Alfredo Deza, O'Reilly (2021)",
        "is_free": False,
        "description": (
            "A hands-on guide to putting models into production with DevOps practices, containers and the machine "
            "learning services of AWS, Azure and Google Cloud."
        ),
        "skills": ["devops-ci-cd", "cloud-platforms", "containers-orchestration"],
        "pathways": ["professional-development", "personal-projects"],
    },
    {
        "title": "Building Machine Learning Pipelines",
        "url": "https://www.oreilly.com/library/view/building-machine-learning/9781492053187/",
        "kind": "book",
        "provider": "Hannes Hapke and Catherine Nelson, O'Reilly (2020)",
        "is_free": False,
        "description": (
            "Shows how to automate a model's lifecycle with TensorFlow Extended, from data validation and training "
            "to deployment, with pipelines orchestrated by Apache Beam, Apache Airflow or Kubeflow Pipelines."
        ),
        "skills": ["data-engineering", "machine-learning", "containers-orchestration"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Site Reliability Engineering books",
        "url": "https://sre.google/books/",
        "kind": "book",
        "provider": "Google, O'Reilly",
        "is_free": True,
        "description": (
            "Google's books on running production systems reliably: service level objectives, monitoring, on-call, "
            "incident response and blameless postmortems. Free to read online."
        ),
        "skills": ["devops-ci-cd", "problem-solving", "communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Pro Git",
        "url": "https://git-scm.com/book/en/v2",
        "kind": "book",
        "provider": "Scott Chacon and Ben Straub, Apress",
        "is_free": True,
        "description": (
            "The standard guide to Git, from first commits to branching, collaboration and how Git works inside. "
            "Free to read online."
        ),
        "skills": ["programming-python", "devops-ci-cd"],
        "pathways": ["personal-projects", "formal-education"],
    },
    # Certifications
    {
        "title": "Google Cloud Professional Machine Learning Engineer",
        "url": "https://cloud.google.com/learn/certification/machine-learning-engineer",
        "kind": "certification",
        "provider": "Google Cloud",
        "is_free": False,
        "description": (
            "Tests designing, building and running machine learning solutions on Google Cloud, including Vertex AI "
            "pipelines, model serving and monitoring."
        ),
        "skills": ["machine-learning", "cloud-platforms", "devops-ci-cd"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "AWS Certified Machine Learning Engineer – Associate",
        "url": "https://aws.amazon.com/certification/certified-machine-learning-engineer-associate/",
        "kind": "certification",
        "provider": "Amazon Web Services",
        "is_free": False,
        "description": (
            "Tests preparing data and building, deploying, monitoring and securing machine learning solutions and "
            "pipelines on AWS, with Amazon SageMaker at the center."
        ),
        "skills": ["machine-learning", "cloud-platforms", "devops-ci-cd", "data-engineering"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "Google Cloud Associate Cloud Engineer",
        "url": "https://cloud.google.com/learn/certification/cloud-engineer",
        "kind": "certification",
        "provider": "Google Cloud",
        "is_free": False,
        "description": (
            "Covers deploying, monitoring and managing workloads on Google Cloud; a sensible first cloud "
            "certification before a machine learning one."
        ),
        "skills": ["cloud-platforms"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "Certified Kubernetes Application Developer (CKAD)",
        "url": "https://www.cncf.io/training/certification/ckad/",
        "kind": "certification",
        "provider": "CNCF and The Linux Foundation",
        "is_free": False,
        "description": (
            "A hands-on exam, taken at a real command line, in designing, deploying and debugging applications on "
            "Kubernetes; the better fit if you deploy models rather than run clusters."
        ),
        "skills": ["containers-orchestration"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "Certified Kubernetes Administrator (CKA)",
        "url": "https://www.cncf.io/training/certification/cka/",
        "kind": "certification",
        "provider": "CNCF and The Linux Foundation",
        "is_free": False,
        "description": (
            "A hands-on exam in installing, configuring, troubleshooting and maintaining Kubernetes clusters; the "
            "better fit if you run the platform other teams deploy to."
        ),
        "skills": ["containers-orchestration", "cloud-platforms"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "Kubernetes and Cloud Native Associate (KCNA)",
        "url": "https://www.cncf.io/training/certification/kcna/",
        "kind": "certification",
        "provider": "CNCF and The Linux Foundation",
        "is_free": False,
        "description": (
            "An entry-level, multiple-choice exam on Kubernetes and cloud-native concepts; a gentle first step "
            "before the CKAD or CKA."
        ),
        "skills": ["containers-orchestration"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "HashiCorp Certified: Terraform Associate",
        "url": "https://developer.hashicorp.com/certifications/infrastructure-automation",
        "kind": "certification",
        "provider": "HashiCorp",
        "is_free": False,
        "description": (
            "Covers infrastructure-as-code concepts and the Terraform workflow, state and modules: the skills for "
            "provisioning ML infrastructure that can be rebuilt at any time."
        ),
        "skills": ["devops-ci-cd", "cloud-platforms"],
        "pathways": ["online-courses-certifications"],
    },
    # Conferences
    {
        "title": "KubeCon + CloudNativeCon",
        "url": "https://www.cncf.io/kubecon-cloudnativecon-events/",
        "kind": "conference",
        "provider": "Cloud Native Computing Foundation",
        "is_free": False,
        "description": (
            "The CNCF's flagship conference on Kubernetes and cloud-native tools, held in several regions each year, "
            "with many talks on running machine learning workloads. Recordings are published online for free."
        ),
        "skills": ["containers-orchestration", "cloud-platforms", "devops-ci-cd"],
        "pathways": ["professional-development", "networking"],
    },
    {
        "title": "MLOps World",
        "url": "https://mlopsworld.com/",
        "kind": "conference",
        "provider": "MLOps World",
        "is_free": False,
        "description": (
            "A practitioners' conference about putting machine learning and generative AI into production, with "
            "talks and workshops on deployment, monitoring and ML platforms."
        ),
        "skills": ["machine-learning", "devops-ci-cd"],
        "pathways": ["professional-development", "networking"],
    },
    {
        "title": "NeurIPS",
        "url": "https://neurips.cc/",
        "kind": "conference",
        "provider": "Neural Information Processing Systems Foundation",
        "is_free": False,
        "description": (
            "One of the major research conferences in machine learning, where the 2015 paper on hidden technical "
            "debt in ML systems appeared. Its papers and workshops show where the field is heading."
        ),
        "skills": ["machine-learning", "adaptability"],
        "pathways": ["professional-development"],
    },
    {
        "title": "PyCon US",
        "url": "https://us.pycon.org/",
        "kind": "conference",
        "provider": "Python Software Foundation",
        "is_free": False,
        "description": (
            "The Python community's main annual conference in North America, with tutorials, talks, sprints on "
            "open-source projects, and talk recordings free online."
        ),
        "skills": ["programming-python"],
        "pathways": ["professional-development", "networking", "personal-projects"],
    },
    {
        "title": "Data + AI Summit",
        "url": "https://www.databricks.com/dataaisummit",
        "kind": "conference",
        "provider": "Databricks",
        "is_free": False,
        "description": (
            "Databricks' annual conference on data engineering, analytics and machine learning, with many sessions "
            "on Apache Spark, MLflow and machine learning in production."
        ),
        "skills": ["data-engineering", "machine-learning"],
        "pathways": ["professional-development", "networking"],
    },
    {
        "title": "SREcon",
        "url": "https://www.usenix.org/srecon",
        "kind": "conference",
        "provider": "USENIX",
        "is_free": False,
        "description": (
            "USENIX's conferences for site reliability engineers, held in several regions, on monitoring, incident "
            "response and keeping production systems reliable. Talk recordings are free online."
        ),
        "skills": ["devops-ci-cd", "problem-solving"],
        "pathways": ["professional-development", "networking"],
    },
    # Communities
    {
        "title": "MLOps Community",
        "url": "https://mlops.community/",
        "kind": "community",
        "provider": "MLOps Community",
        "is_free": True,
        "description": (
            "A large, free community of ML Ops practitioners, with a Slack workspace, a podcast, meetups in many "
            "cities and online events."
        ),
        "skills": ["devops-ci-cd", "machine-learning", "communication"],
        "pathways": ["networking", "mentoring", "professional-development"],
    },
    {
        "title": "DataTalksClub",
        "url": "https://datatalks.club/",
        "kind": "community",
        "provider": "DataTalksClub",
        "is_free": True,
        "description": (
            "A global online community for people working with data and machine learning that runs the free "
            "Zoomcamp courses, a Slack workspace, podcasts and events."
        ),
        "skills": ["data-engineering", "machine-learning", "communication"],
        "pathways": ["networking", "mentoring", "online-courses-certifications"],
    },
    {
        "title": "CNCF Slack",
        "url": "https://slack.cncf.io/",
        "kind": "community",
        "provider": "Cloud Native Computing Foundation",
        "is_free": True,
        "description": (
            "The CNCF's Slack workspace, with channels for Kubernetes and many other cloud-native projects; a good "
            "place to ask questions and meet maintainers."
        ),
        "skills": ["containers-orchestration", "cloud-platforms"],
        "pathways": ["networking", "personal-projects"],
    },
    {
        "title": "PyData",
        "url": "https://pydata.org/",
        "kind": "community",
        "provider": "NumFOCUS",
        "is_free": True,
        "description": (
            "An international network of volunteer-run meetups and conferences for people who use Python for data "
            "and machine learning."
        ),
        "skills": ["programming-python", "machine-learning", "data-engineering"],
        "pathways": ["networking", "professional-development"],
    },
    # Documentation and guides
    {
        "title": "Kubernetes Documentation",
        "url": "https://kubernetes.io/docs/",
        "kind": "documentation",
        "provider": "The Kubernetes project",
        "is_free": True,
        "description": (
            "The official Kubernetes documentation: concepts, step-by-step tutorials, and the reference for every "
            "object and kubectl command."
        ),
        "skills": ["containers-orchestration"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Rules of Machine Learning",
        "url": "https://developers.google.com/machine-learning/guides/rules-of-ml",
        "kind": "documentation",
        "provider": "Google",
        "is_free": True,
        "description": (
            "Google's guide of practical lessons for engineering machine learning systems: start simple, build the "
            "pipeline first, watch for training/serving skew and monitor everything."
        ),
        "skills": ["machine-learning", "devops-ci-cd", "attention-to-detail"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Hidden Technical Debt in Machine Learning Systems",
        "url": "https://proceedings.neurips.cc/paper/2015/hash/86df7dcfd896fcaf2674f757a2463eba-Abstract.html",
        "kind": "documentation",
        "provider": "D. Sculley et al., NeurIPS 2015",
        "is_free": True,
        "description": (
            "The influential paper from Google engineers showing that model code is a small part of a real ML "
            "system, and cataloging the maintenance costs hidden in data dependencies, glue code, configuration and "
            "feedback loops."
        ),
        "skills": ["machine-learning", "devops-ci-cd", "data-engineering"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Docker Docs",
        "url": "https://docs.docker.com/",
        "kind": "documentation",
        "provider": "Docker",
        "is_free": True,
        "description": (
            "Official guides and reference for building images, writing Dockerfiles, multi-stage builds and Docker "
            "Compose."
        ),
        "skills": ["containers-orchestration"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Terraform Tutorials",
        "url": "https://developer.hashicorp.com/terraform/tutorials",
        "kind": "documentation",
        "provider": "HashiCorp",
        "is_free": True,
        "description": (
            "Free, hands-on tutorials for provisioning infrastructure on AWS, Azure and Google Cloud with Terraform."
        ),
        "skills": ["devops-ci-cd", "cloud-platforms"],
        "pathways": ["personal-projects", "online-courses-certifications"],
    },
    {
        "title": "The Python Tutorial",
        "url": "https://docs.python.org/3/tutorial/",
        "kind": "documentation",
        "provider": "Python Software Foundation",
        "is_free": True,
        "description": (
            "The official tutorial: a thorough, free introduction to Python for people who have done a little "
            "programming before."
        ),
        "skills": ["programming-python"],
        "pathways": ["personal-projects", "formal-education"],
    },
    {
        "title": "scikit-learn User Guide",
        "url": "https://scikit-learn.org/stable/user_guide.html",
        "kind": "documentation",
        "provider": "scikit-learn developers",
        "is_free": True,
        "description": (
            "Clear explanations of supervised and unsupervised models, model selection, pipelines and evaluation "
            "metrics, with runnable examples."
        ),
        "skills": ["machine-learning", "programming-python"],
        "pathways": ["personal-projects"],
    },
    # Open-source tools
    {
        "title": "MLflow",
        "url": "https://mlflow.org/",
        "kind": "tool",
        "provider": "MLflow, a Linux Foundation project",
        "is_free": True,
        "description": (
            "An open-source platform for tracking experiments, packaging models and managing their versions in a "
            "model registry; often the first ML Ops tool people learn."
        ),
        "skills": ["machine-learning", "devops-ci-cd"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Kubeflow",
        "url": "https://www.kubeflow.org/",
        "kind": "tool",
        "provider": "Kubeflow, a CNCF project",
        "is_free": True,
        "description": (
            "An open-source toolkit for running machine learning on Kubernetes, with pipelines, notebooks, "
            "hyperparameter tuning and model serving through KServe."
        ),
        "skills": ["containers-orchestration", "machine-learning", "devops-ci-cd"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "DVC",
        "url": "https://dvc.org/",
        "kind": "tool",
        "provider": "DVC open-source project",
        "is_free": True,
        "description": (
            "Data Version Control: versions datasets and models alongside your Git repository and defines "
            "reproducible pipelines."
        ),
        "skills": ["data-engineering", "devops-ci-cd"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Evidently",
        "url": "https://github.com/evidentlyai/evidently",
        "kind": "tool",
        "provider": "Evidently AI",
        "is_free": True,
        "description": (
            "An open-source Python library for evaluating and monitoring models and data, including drift reports "
            "and tests that can run inside a pipeline."
        ),
        "skills": ["machine-learning", "attention-to-detail"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Apache Airflow",
        "url": "https://airflow.apache.org/",
        "kind": "tool",
        "provider": "Apache Software Foundation",
        "is_free": True,
        "description": (
            "A widely used open-source platform for scheduling and monitoring workflows written in Python, often "
            "used to orchestrate data and training pipelines."
        ),
        "skills": ["data-engineering", "programming-python"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Prometheus",
        "url": "https://prometheus.io/",
        "kind": "tool",
        "provider": "Prometheus, a CNCF project",
        "is_free": True,
        "description": (
            "An open-source monitoring system and time-series database, usually paired with Grafana dashboards to "
            "watch a model service's response times, errors and custom metrics."
        ),
        "skills": ["devops-ci-cd", "containers-orchestration"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Feast",
        "url": "https://feast.dev/",
        "kind": "tool",
        "provider": "Feast open-source project",
        "is_free": True,
        "description": (
            "An open-source feature store that keeps features consistent between training and serving and builds "
            "point-in-time correct training data."
        ),
        "skills": ["data-engineering", "machine-learning"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Great Expectations",
        "url": "https://greatexpectations.io/",
        "kind": "tool",
        "provider": "Great Expectations",
        "is_free": True,
        "description": (
            "An open-source Python framework for testing data against declared expectations, so bad data is caught "
            "before it reaches training or serving."
        ),
        "skills": ["data-engineering", "attention-to-detail"],
        "pathways": ["personal-projects"],
    },
]
