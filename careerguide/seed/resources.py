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
    # Online courses, added with the topics (seed/topics.py)
    {
        "title": "AWS Skill Builder",
        "url": "https://skillbuilder.aws/",
        "kind": "online_course",
        "provider": "Amazon Web Services",
        "is_free": True,
        "description": (
            "AWS's own training site, with free self-paced digital courses on cloud fundamentals, security and machine "
            "learning services, and paid labs and exam preparation."
        ),
        "skills": ["cloud-platforms"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "Microsoft Learn training",
        "url": "https://learn.microsoft.com/en-us/training/",
        "kind": "online_course",
        "provider": "Microsoft",
        "is_free": True,
        "description": (
            "Microsoft's free, self-paced learning paths and modules on Azure, including Azure fundamentals, "
            "Kubernetes on AKS and Azure Machine Learning, with sandboxes for practice."
        ),
        "skills": ["cloud-platforms"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "Google Technical Writing courses",
        "url": "https://developers.google.com/tech-writing",
        "kind": "online_course",
        "provider": "Google",
        "is_free": True,
        "description": (
            "Free courses written for engineers: clear sentences and paragraphs, writing for an audience, organizing "
            "larger documents and illustrating them."
        ),
        "skills": ["communication"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "Hugging Face LLM Course",
        "url": "https://huggingface.co/learn/llm-course",
        "kind": "online_course",
        "provider": "Hugging Face",
        "is_free": True,
        "description": (
            "A free course on transformer models and large language models with the Hugging Face libraries: "
            "tokenizers, datasets, fine-tuning and sharing models."
        ),
        "skills": ["machine-learning", "llmops"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "LLMOps (DeepLearning.AI short course)",
        "url": "https://www.deeplearning.ai/short-courses/llmops/",
        "kind": "online_course",
        "provider": "DeepLearning.AI with Google Cloud",
        "is_free": True,
        "description": (
            "A free short course on the operational side of tuning a large language model: preparing data, building "
            "and running a tuning pipeline, and deploying and monitoring the result."
        ),
        "skills": ["llmops"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "Learning How to Learn",
        "url": "https://www.coursera.org/learn/learning-how-to-learn",
        "kind": "online_course",
        "provider": "Deep Teaching Solutions on Coursera",
        "is_free": True,
        "description": (
            "A popular course by Barbara Oakley and Terrence Sejnowski on how learning works and practical techniques "
            "for studying difficult subjects, such as spaced practice and avoiding procrastination. Free to audit."
        ),
        "skills": ["adaptability"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "SQLBolt",
        "url": "https://sqlbolt.com/",
        "kind": "online_course",
        "provider": "SQLBolt",
        "is_free": True,
        "description": (
            "Short, free interactive lessons that teach SQL step by step in the browser, from simple queries to joins "
            "and aggregations."
        ),
        "skills": ["programming-python"],
        "pathways": ["online-courses-certifications"],
    },
    {
        "title": "Linux Journey",
        "url": "https://linuxjourney.com/",
        "kind": "online_course",
        "provider": "Linux Journey",
        "is_free": True,
        "description": (
            "Free, beginner-friendly lessons on the Linux command line, processes, permissions, the file system, "
            "networking and system administration basics."
        ),
        "skills": ["devops-ci-cd"],
        "pathways": ["online-courses-certifications"],
    },
    # Books, added with the topics (seed/topics.py)
    {
        "title": "Fluent Python",
        "url": "https://www.oreilly.com/library/view/fluent-python-2nd/9781492056348/",
        "kind": "book",
        "provider": "Luciano Ramalho, O'Reilly (2022)",
        "is_free": False,
        "description": (
            "An in-depth guide to writing idiomatic Python for people who already know the basics: data structures, "
            "functions as objects, classes and protocols, and concurrency."
        ),
        "skills": ["programming-python"],
        "pathways": ["professional-development"],
    },
    {
        "title": "The Linux Command Line",
        "url": "https://linuxcommand.org/tlcl.php",
        "kind": "book",
        "provider": "William Shotts, No Starch Press",
        "is_free": True,
        "description": (
            "A complete introduction to the Linux shell and shell scripting, from navigating files to writing scripts. "
            "The author offers it free to download."
        ),
        "skills": ["programming-python", "devops-ci-cd"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Python for Data Analysis",
        "url": "https://wesmckinney.com/book/",
        "kind": "book",
        "provider": "Wes McKinney, O'Reilly (2022)",
        "is_free": True,
        "description": (
            "The guide to pandas and NumPy by the creator of pandas, covering loading, cleaning, transforming and "
            "aggregating data. The third edition is free to read online."
        ),
        "skills": ["programming-python"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow",
        "url": "https://www.oreilly.com/library/view/hands-on-machine-learning/9781098125967/",
        "kind": "book",
        "provider": "Aurélien Géron, O'Reilly (2022)",
        "is_free": False,
        "description": (
            "A practical, code-first introduction to machine learning, from an end-to-end project with scikit-learn to "
            "neural networks with Keras and TensorFlow, including training and deploying models at scale."
        ),
        "skills": ["machine-learning"],
        "pathways": ["professional-development"],
    },
    {
        "title": "An Introduction to Statistical Learning",
        "url": "https://www.statlearning.com/",
        "kind": "book",
        "provider": "Gareth James, Daniela Witten, Trevor Hastie, Robert Tibshirani and Jonathan Taylor, Springer",
        "is_free": True,
        "description": (
            "A clear introduction to the main statistical learning methods, with labs in R and, in the newer edition, "
            "in Python. The authors make the book free to download."
        ),
        "skills": ["machine-learning"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Interpretable Machine Learning",
        "url": "https://christophm.github.io/interpretable-ml-book/",
        "kind": "book",
        "provider": "Christoph Molnar",
        "is_free": True,
        "description": (
            "A guide to making model predictions explainable, covering interpretable models and model-agnostic methods "
            "such as permutation importance and SHAP. Free to read online."
        ),
        "skills": ["machine-learning", "communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Fundamentals of Data Engineering",
        "url": "https://www.oreilly.com/library/view/fundamentals-of-data/9781098108298/",
        "kind": "book",
        "provider": "Joe Reis and Matt Housley, O'Reilly (2022)",
        "is_free": False,
        "description": (
            "A tool-neutral overview of the data engineering lifecycle: source systems, ingestion, storage, "
            "transformation and serving, with security, data management and orchestration throughout."
        ),
        "skills": ["data-engineering"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Designing Data-Intensive Applications",
        "url": "https://dataintensive.net/",
        "kind": "book",
        "provider": "Martin Kleppmann, O'Reilly",
        "is_free": False,
        "description": (
            "A widely read book on the ideas behind databases, replication, partitioning, batch and stream processing, "
            "and the trade-offs between them."
        ),
        "skills": ["data-engineering", "problem-solving"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Observability Engineering",
        "url": "https://www.oreilly.com/library/view/observability-engineering/9781492076438/",
        "kind": "book",
        "provider": "Charity Majors, Liz Fong-Jones and George Miranda, O'Reilly (2022)",
        "is_free": False,
        "description": (
            "Explains what observability means for modern software, how it differs from traditional monitoring, and "
            "how to instrument systems and use service level objectives to debug and run them."
        ),
        "skills": ["problem-solving", "attention-to-detail", "monitoring-observability"],
        "pathways": ["professional-development"],
    },
    {
        "title": "AI Engineering",
        "url": "https://www.oreilly.com/library/view/ai-engineering/9781098166298/",
        "kind": "book",
        "provider": "Chip Huyen, O'Reilly (2025)",
        "is_free": False,
        "description": (
            "A guide to building applications on foundation models: evaluation, prompt engineering, "
            "retrieval-augmented generation, agents, fine-tuning, inference optimization and the architecture that "
            "ties them together."
        ),
        "skills": ["llmops"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Debugging: The 9 Indispensable Rules",
        "url": "https://debuggingrules.com/",
        "kind": "book",
        "provider": "David J. Agans, AMACOM (2002)",
        "is_free": False,
        "description": (
            "A short, practical book of general debugging rules, such as understanding the system, making it fail and "
            "changing one thing at a time, illustrated with war stories from hardware and software."
        ),
        "skills": ["problem-solving"],
        "pathways": ["professional-development"],
    },
    {
        "title": "The Staff Engineer's Path",
        "url": "https://www.oreilly.com/library/view/the-staff-engineers/9781098118723/",
        "kind": "book",
        "provider": "Tanya Reilly, O'Reilly (2022)",
        "is_free": False,
        "description": (
            "A book on senior technical roles beyond management: seeing the big picture, making and communicating "
            "decisions, leading projects and raising the level of the people around you."
        ),
        "skills": ["problem-solving"],
        "pathways": ["professional-development"],
    },
    {
        "title": "The Checklist Manifesto",
        "url": "https://atulgawande.com/book/the-checklist-manifesto/",
        "kind": "book",
        "provider": "Atul Gawande, Metropolitan Books (2009)",
        "is_free": False,
        "description": (
            "A surgeon's account of how short, well-designed checklists reduce errors in medicine, aviation and "
            "construction, and what makes a checklist useful rather than bureaucratic."
        ),
        "skills": ["attention-to-detail"],
        "pathways": ["professional-development"],
    },
    {
        "title": "The Pragmatic Programmer",
        "url": "https://pragprog.com/titles/tpp20/the-pragmatic-programmer-20th-anniversary-edition/",
        "kind": "book",
        "provider": "David Thomas and Andrew Hunt, Pragmatic Bookshelf (2019)",
        "is_free": False,
        "description": (
            "A classic collection of practical advice for software developers, including investing in a knowledge "
            "portfolio, prototypes and tracer bullets, and avoiding duplication."
        ),
        "skills": ["adaptability"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Kill It with Fire",
        "url": "https://nostarch.com/kill-it-fire",
        "kind": "book",
        "provider": "Marianne Bellotti, No Starch Press (2021)",
        "is_free": False,
        "description": (
            "A practical book on modernizing legacy systems: when to migrate, how to do it incrementally, and how to "
            "keep teams motivated through a long change."
        ),
        "skills": ["adaptability"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Programming Differential Privacy",
        "url": "https://programming-dp.com/",
        "kind": "book",
        "provider": "Joseph P. Near and Chiké Abuah",
        "is_free": True,
        "description": (
            "A free online book that introduces differential privacy through runnable Python examples, from the basic "
            "definitions to machine learning with privacy guarantees."
        ),
        "skills": ["ml-security-governance"],
        "pathways": ["professional-development"],
    },
    # Communities and newsletters, added with the topics (seed/topics.py)
    {
        "title": "Learning from Incidents",
        "url": "https://www.learningfromincidents.io/",
        "kind": "community",
        "provider": "Learning from Incidents",
        "is_free": True,
        "description": (
            "A community and collection of writing on learning from software incidents, looking beyond single root "
            "causes to how people and systems actually behave."
        ),
        "skills": ["problem-solving"],
        "pathways": ["networking", "professional-development"],
    },
    {
        "title": "The Batch",
        "url": "https://www.deeplearning.ai/the-batch/",
        "kind": "community",
        "provider": "DeepLearning.AI",
        "is_free": True,
        "description": "A free weekly newsletter summarizing news and research in AI and machine learning.",
        "skills": ["adaptability"],
        "pathways": ["networking", "professional-development"],
    },
    # Documentation and guides, added with the topics (seed/topics.py)
    {
        "title": "Python Packaging User Guide",
        "url": "https://packaging.python.org/",
        "kind": "documentation",
        "provider": "Python Packaging Authority",
        "is_free": True,
        "description": (
            "The official guide to installing and distributing Python packages: virtual environments, "
            "`pyproject.toml`, building and publishing."
        ),
        "skills": ["programming-python"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "uv documentation",
        "url": "https://docs.astral.sh/uv/",
        "kind": "documentation",
        "provider": "Astral",
        "is_free": True,
        "description": (
            "Documentation for uv, a fast Python package and project manager that creates environments, resolves "
            "dependencies and writes lock files."
        ),
        "skills": ["programming-python", "attention-to-detail"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "pandas documentation",
        "url": "https://pandas.pydata.org/docs/",
        "kind": "documentation",
        "provider": "pandas developers",
        "is_free": True,
        "description": (
            "The official user guide and API reference for pandas, with an introductory tutorial and guides on "
            "indexing, grouping, joins and time series."
        ),
        "skills": ["programming-python"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "PostgreSQL Documentation",
        "url": "https://www.postgresql.org/docs/",
        "kind": "documentation",
        "provider": "The PostgreSQL Global Development Group",
        "is_free": True,
        "description": (
            "The official PostgreSQL manual, including a tutorial on SQL basics and window functions and a thorough "
            "reference on queries, indexes and query plans."
        ),
        "skills": ["programming-python", "data-engineering"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "pytest documentation",
        "url": "https://docs.pytest.org/",
        "kind": "documentation",
        "provider": "pytest developers",
        "is_free": True,
        "description": (
            "The official documentation for pytest: writing tests with plain asserts, fixtures, parametrization and "
            "plugins."
        ),
        "skills": ["programming-python", "attention-to-detail"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Ruff documentation",
        "url": "https://docs.astral.sh/ruff/",
        "kind": "documentation",
        "provider": "Astral",
        "is_free": True,
        "description": (
            "Documentation for Ruff, a fast Python linter and code formatter, with the full list of rules and how to "
            "configure them."
        ),
        "skills": ["programming-python"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "mypy documentation",
        "url": "https://mypy.readthedocs.io/",
        "kind": "documentation",
        "provider": "The mypy project",
        "is_free": True,
        "description": (
            "The documentation for mypy, a static type checker for Python, with a guide to type hints and to adopting "
            "type checking in an existing codebase."
        ),
        "skills": ["programming-python"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "FastAPI documentation",
        "url": "https://fastapi.tiangolo.com/",
        "kind": "documentation",
        "provider": "FastAPI",
        "is_free": True,
        "description": (
            "A step-by-step tutorial and reference for FastAPI, a Python framework for building APIs with request "
            "validation and automatic documentation."
        ),
        "skills": ["programming-python", "model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Pydantic documentation",
        "url": "https://docs.pydantic.dev/",
        "kind": "documentation",
        "provider": "Pydantic",
        "is_free": True,
        "description": (
            "Documentation for Pydantic, the Python library for validating data against type-annotated models, used by "
            "FastAPI and many ML tools."
        ),
        "skills": ["programming-python"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "The Twelve-Factor App",
        "url": "https://12factor.net/",
        "kind": "documentation",
        "provider": "Adam Wiggins and contributors",
        "is_free": True,
        "description": (
            "A short, widely cited methodology for building services that deploy cleanly: configuration in the "
            "environment, stateless processes, logs as event streams and more."
        ),
        "skills": ["programming-python"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Python Logging HOWTO",
        "url": "https://docs.python.org/3/howto/logging.html",
        "kind": "documentation",
        "provider": "Python Software Foundation",
        "is_free": True,
        "description": (
            "The official tutorial on Python's logging module: loggers, handlers, levels and formatting, with advice "
            "on configuring logging in applications."
        ),
        "skills": ["programming-python"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "asyncio documentation",
        "url": "https://docs.python.org/3/library/asyncio.html",
        "kind": "documentation",
        "provider": "Python Software Foundation",
        "is_free": True,
        "description": (
            "The official documentation for asyncio, Python's library for writing concurrent code with async and await."
        ),
        "skills": ["programming-python"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "PyTorch Tutorials",
        "url": "https://pytorch.org/tutorials/",
        "kind": "documentation",
        "provider": "PyTorch Foundation",
        "is_free": True,
        "description": (
            "Official tutorials for PyTorch, from tensors and a first training loop to saving models, training on GPUs "
            "and deploying for inference."
        ),
        "skills": ["machine-learning"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Hugging Face Transformers documentation",
        "url": "https://huggingface.co/docs/transformers/index",
        "kind": "documentation",
        "provider": "Hugging Face",
        "is_free": True,
        "description": (
            "Documentation for the Transformers library: loading pretrained models, running them with pipelines, and "
            "fine-tuning them on your own data."
        ),
        "skills": ["machine-learning"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "XGBoost documentation",
        "url": "https://xgboost.readthedocs.io/",
        "kind": "documentation",
        "provider": "XGBoost developers",
        "is_free": True,
        "description": (
            "Documentation for XGBoost, a widely used gradient boosting library, including an introduction to boosted "
            "trees and guides to parameters and distributed training."
        ),
        "skills": ["machine-learning"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "SHAP documentation",
        "url": "https://shap.readthedocs.io/",
        "kind": "documentation",
        "provider": "SHAP developers",
        "is_free": True,
        "description": (
            "Documentation and examples for SHAP, a Python library that explains individual predictions and overall "
            "feature importance using Shapley values."
        ),
        "skills": ["machine-learning"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Weights & Biases documentation",
        "url": "https://docs.wandb.ai/",
        "kind": "documentation",
        "provider": "Weights & Biases",
        "is_free": True,
        "description": (
            "Guides to tracking experiments, comparing runs, versioning artifacts and registering models with Weights "
            "& Biases, a hosted experiment tracking platform with a free tier."
        ),
        "skills": ["machine-learning"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "dbt documentation",
        "url": "https://docs.getdbt.com/",
        "kind": "documentation",
        "provider": "dbt Labs",
        "is_free": True,
        "description": (
            "Documentation for dbt, which builds tested, documented data transformations written in SQL inside a data "
            "warehouse."
        ),
        "skills": ["data-engineering"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Apache Parquet",
        "url": "https://parquet.apache.org/",
        "kind": "documentation",
        "provider": "Apache Software Foundation",
        "is_free": True,
        "description": (
            "The home of the Parquet columnar file format, with documentation of its design: row groups, column "
            "chunks, encodings and compression."
        ),
        "skills": ["data-engineering"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Apache Spark documentation",
        "url": "https://spark.apache.org/docs/latest/",
        "kind": "documentation",
        "provider": "Apache Software Foundation",
        "is_free": True,
        "description": (
            "Official Spark documentation: quick start, programming guides for DataFrames and Spark SQL, structured "
            "streaming and tuning."
        ),
        "skills": ["data-engineering", "model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Apache Kafka documentation",
        "url": "https://kafka.apache.org/documentation/",
        "kind": "documentation",
        "provider": "Apache Software Foundation",
        "is_free": True,
        "description": (
            "Official Kafka documentation, explaining topics, partitions, producers, consumers and delivery "
            "guarantees, with a quick start."
        ),
        "skills": ["data-engineering"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Dagster documentation",
        "url": "https://docs.dagster.io/",
        "kind": "documentation",
        "provider": "Dagster Labs",
        "is_free": True,
        "description": (
            "Documentation for Dagster, an open-source orchestrator built around data assets, with tutorials on "
            "building, testing and scheduling pipelines."
        ),
        "skills": ["data-engineering"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Prefect documentation",
        "url": "https://docs.prefect.io/",
        "kind": "documentation",
        "provider": "Prefect",
        "is_free": True,
        "description": (
            "Documentation for Prefect, an open-source Python workflow orchestrator, covering flows, tasks, retries, "
            "schedules and deployments."
        ),
        "skills": ["data-engineering"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Pandera documentation",
        "url": "https://pandera.readthedocs.io/",
        "kind": "documentation",
        "provider": "Pandera developers",
        "is_free": True,
        "description": (
            "Documentation for Pandera, a Python library for validating data frames against schemas and checks written "
            "in code."
        ),
        "skills": ["data-engineering", "attention-to-detail"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "lakeFS documentation",
        "url": "https://docs.lakefs.io/",
        "kind": "documentation",
        "provider": "Treeverse",
        "is_free": True,
        "description": (
            "Documentation for lakeFS, an open-source tool that adds Git-like branches, commits and rollbacks to data "
            "in object storage."
        ),
        "skills": ["data-engineering"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "General Data Protection Regulation (GDPR)",
        "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
        "kind": "documentation",
        "provider": "European Union (EUR-Lex)",
        "is_free": True,
        "description": (
            "The official text of Regulation (EU) 2016/679, which sets the rules for processing personal data in the "
            "European Union."
        ),
        "skills": ["data-engineering"],
        "pathways": ["professional-development"],
    },
    {
        "title": "GitHub Actions documentation",
        "url": "https://docs.github.com/en/actions",
        "kind": "documentation",
        "provider": "GitHub",
        "is_free": True,
        "description": (
            "Official guides and reference for GitHub Actions: workflows, jobs, runners, caching, secrets and "
            "deployments."
        ),
        "skills": ["devops-ci-cd"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "GitLab CI/CD documentation",
        "url": "https://docs.gitlab.com/ci/",
        "kind": "documentation",
        "provider": "GitLab",
        "is_free": True,
        "description": (
            "Official documentation for GitLab's built-in CI/CD: pipelines, jobs, the `.gitlab-ci.yml` reference, "
            "environments and runners."
        ),
        "skills": ["devops-ci-cd"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Jenkins User Documentation",
        "url": "https://www.jenkins.io/doc/",
        "kind": "documentation",
        "provider": "The Jenkins project",
        "is_free": True,
        "description": (
            "The official guide to Jenkins, the long-established open-source automation server, including pipelines "
            "defined in a Jenkinsfile."
        ),
        "skills": ["devops-ci-cd"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "OpenTofu documentation",
        "url": "https://opentofu.org/docs/",
        "kind": "documentation",
        "provider": "OpenTofu, a Linux Foundation project",
        "is_free": True,
        "description": (
            "Documentation for OpenTofu, the open-source fork of Terraform, covering its language, state, modules and "
            "command-line workflow."
        ),
        "skills": ["devops-ci-cd"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "HashiCorp Vault documentation",
        "url": "https://developer.hashicorp.com/vault/docs",
        "kind": "documentation",
        "provider": "HashiCorp",
        "is_free": True,
        "description": (
            "Documentation for Vault, a tool for storing secrets, issuing short-lived credentials and encrypting data, "
            "with tutorials on common setups."
        ),
        "skills": ["devops-ci-cd"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "SLSA",
        "url": "https://slsa.dev/",
        "kind": "documentation",
        "provider": "OpenSSF",
        "is_free": True,
        "description": (
            "Supply-chain Levels for Software Artifacts: a framework of increasingly strict requirements for how "
            "software is built, and the provenance that proves it."
        ),
        "skills": ["devops-ci-cd"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Continuous Delivery",
        "url": "https://continuousdelivery.com/",
        "kind": "documentation",
        "provider": "Jez Humble",
        "is_free": True,
        "description": (
            "Jez Humble's site on continuous delivery, summarizing its principles and practices and accompanying the "
            "book he wrote with David Farley."
        ),
        "skills": ["devops-ci-cd"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Continuous Delivery for Machine Learning",
        "url": "https://martinfowler.com/articles/cd4ml.html",
        "kind": "documentation",
        "provider": "Danilo Sato, Arif Wider and Christoph Windheuser, martinfowler.com (2019)",
        "is_free": True,
        "description": (
            "A detailed article applying continuous delivery to machine learning, with an example pipeline that "
            "versions data and models, tests them and deploys them."
        ),
        "skills": ["devops-ci-cd"],
        "pathways": ["professional-development"],
    },
    {
        "title": "MLOps: Continuous delivery and automation pipelines in machine learning",
        "url": (
            "https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-learning"
        ),
        "kind": "documentation",
        "provider": "Google Cloud",
        "is_free": True,
        "description": (
            "Google's architecture guide describing levels of ML Ops maturity, from manual processes to automated "
            "training and delivery pipelines, and the components each level needs."
        ),
        "skills": ["devops-ci-cd", "cloud-platforms"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Argo CD documentation",
        "url": "https://argo-cd.readthedocs.io/",
        "kind": "documentation",
        "provider": "Argo Project, a CNCF project",
        "is_free": True,
        "description": (
            "Documentation for Argo CD, a GitOps continuous delivery tool for Kubernetes, with a getting-started guide "
            "and user and operator manuals."
        ),
        "skills": ["devops-ci-cd"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Flux documentation",
        "url": "https://fluxcd.io/flux/",
        "kind": "documentation",
        "provider": "Flux, a CNCF project",
        "is_free": True,
        "description": (
            "Documentation for Flux, a set of GitOps controllers that keep Kubernetes clusters in sync with Git "
            "repositories and Helm charts."
        ),
        "skills": ["devops-ci-cd"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "OpenGitOps",
        "url": "https://opengitops.dev/",
        "kind": "documentation",
        "provider": "CNCF OpenGitOps project",
        "is_free": True,
        "description": (
            "A short, vendor-neutral definition of GitOps as four principles: declarative, versioned and immutable, "
            "pulled automatically, and continuously reconciled."
        ),
        "skills": ["devops-ci-cd"],
        "pathways": ["professional-development"],
    },
    {
        "title": "PagerDuty Incident Response Documentation",
        "url": "https://response.pagerduty.com/",
        "kind": "documentation",
        "provider": "PagerDuty",
        "is_free": True,
        "description": (
            "PagerDuty's openly published incident response process: roles, what to do before, during and after an "
            "incident, and training material."
        ),
        "skills": ["devops-ci-cd", "communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Atlassian Incident Management Handbook",
        "url": "https://www.atlassian.com/incident-management/handbook",
        "kind": "documentation",
        "provider": "Atlassian",
        "is_free": True,
        "description": (
            "Atlassian's description of how it detects, responds to and learns from incidents, including roles, "
            "communication and postmortems."
        ),
        "skills": ["devops-ci-cd", "communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Atlassian: Incident communication",
        "url": "https://www.atlassian.com/incident-management/incident-communication",
        "kind": "documentation",
        "provider": "Atlassian",
        "is_free": True,
        "description": (
            "A guide to communicating during incidents: who to inform, how often, through which channels, with "
            "templates for status updates."
        ),
        "skills": ["communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Google Cloud documentation",
        "url": "https://cloud.google.com/docs",
        "kind": "documentation",
        "provider": "Google Cloud",
        "is_free": True,
        "description": "The entry point to Google Cloud's product documentation, quick starts and tutorials.",
        "skills": ["cloud-platforms"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "AWS Identity and Access Management documentation",
        "url": "https://docs.aws.amazon.com/iam/",
        "kind": "documentation",
        "provider": "Amazon Web Services",
        "is_free": True,
        "description": (
            "The official IAM documentation: users, roles, policies, temporary credentials and security best practices."
        ),
        "skills": ["cloud-platforms"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Google Cloud IAM documentation",
        "url": "https://cloud.google.com/iam/docs",
        "kind": "documentation",
        "provider": "Google Cloud",
        "is_free": True,
        "description": (
            "Documentation for Google Cloud's identity and access management: roles, service accounts, policies and "
            "workload identity."
        ),
        "skills": ["cloud-platforms"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Amazon VPC documentation",
        "url": "https://docs.aws.amazon.com/vpc/",
        "kind": "documentation",
        "provider": "Amazon Web Services",
        "is_free": True,
        "description": (
            "The official documentation for Amazon Virtual Private Cloud: subnets, route tables, security groups, "
            "gateways and private endpoints."
        ),
        "skills": ["cloud-platforms"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "GPUs on Compute Engine",
        "url": "https://cloud.google.com/compute/docs/gpus",
        "kind": "documentation",
        "provider": "Google Cloud",
        "is_free": True,
        "description": (
            "Google Cloud's guide to the GPU machine types available on Compute Engine, their regions and quotas, and "
            "how to create GPU virtual machines."
        ),
        "skills": ["cloud-platforms"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Spot VMs on Google Cloud",
        "url": "https://cloud.google.com/compute/docs/instances/spot",
        "kind": "documentation",
        "provider": "Google Cloud",
        "is_free": True,
        "description": (
            "Explains Spot VMs, discounted machines that the provider can reclaim at short notice, and how to design "
            "workloads that survive being stopped."
        ),
        "skills": ["cloud-platforms"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Google Kubernetes Engine documentation",
        "url": "https://cloud.google.com/kubernetes-engine/docs",
        "kind": "documentation",
        "provider": "Google Cloud",
        "is_free": True,
        "description": (
            "Documentation for Google's managed Kubernetes service, including node pools, GPUs, autoscaling and "
            "workload identity."
        ),
        "skills": ["cloud-platforms"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Amazon EKS documentation",
        "url": "https://docs.aws.amazon.com/eks/",
        "kind": "documentation",
        "provider": "Amazon Web Services",
        "is_free": True,
        "description": (
            "Documentation for Amazon Elastic Kubernetes Service: creating clusters and node groups, networking, "
            "access and upgrades."
        ),
        "skills": ["cloud-platforms"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Azure Kubernetes Service documentation",
        "url": "https://learn.microsoft.com/en-us/azure/aks/",
        "kind": "documentation",
        "provider": "Microsoft",
        "is_free": True,
        "description": (
            "Documentation for Azure's managed Kubernetes service, with quick starts, GPU node pools, scaling and "
            "security guidance."
        ),
        "skills": ["cloud-platforms"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Amazon SageMaker documentation",
        "url": "https://docs.aws.amazon.com/sagemaker/",
        "kind": "documentation",
        "provider": "Amazon Web Services",
        "is_free": True,
        "description": (
            "Documentation for Amazon SageMaker: training jobs, pipelines, the model registry, endpoints and model "
            "monitoring."
        ),
        "skills": ["cloud-platforms", "model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Azure Machine Learning documentation",
        "url": "https://learn.microsoft.com/en-us/azure/machine-learning/",
        "kind": "documentation",
        "provider": "Microsoft",
        "is_free": True,
        "description": (
            "Documentation for Azure Machine Learning: workspaces, compute, jobs, pipelines, model registration and "
            "managed online endpoints."
        ),
        "skills": ["cloud-platforms", "model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Vertex AI documentation",
        "url": "https://cloud.google.com/vertex-ai/docs",
        "kind": "documentation",
        "provider": "Google Cloud",
        "is_free": True,
        "description": (
            "Documentation for Google Cloud's ML platform: custom training, Vertex AI Pipelines, the model registry, "
            "endpoints and model monitoring."
        ),
        "skills": ["cloud-platforms", "model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "FinOps Framework",
        "url": "https://www.finops.org/framework/",
        "kind": "documentation",
        "provider": "FinOps Foundation",
        "is_free": True,
        "description": (
            "The FinOps Foundation's framework for managing cloud spending as a shared responsibility of engineering, "
            "finance and business teams, organized into principles, phases and capabilities."
        ),
        "skills": ["cloud-platforms", "monitoring-observability"],
        "pathways": ["professional-development"],
    },
    {
        "title": "AWS Well-Architected Framework",
        "url": "https://aws.amazon.com/architecture/well-architected/",
        "kind": "documentation",
        "provider": "Amazon Web Services",
        "is_free": True,
        "description": (
            "AWS's guidance for reviewing cloud architectures against six pillars: operational excellence, security, "
            "reliability, performance efficiency, cost optimization and sustainability."
        ),
        "skills": ["cloud-platforms"],
        "pathways": ["professional-development"],
    },
    {
        "title": "AWS Shared Responsibility Model",
        "url": "https://aws.amazon.com/compliance/shared-responsibility-model/",
        "kind": "documentation",
        "provider": "Amazon Web Services",
        "is_free": True,
        "description": (
            "Explains which parts of security and compliance the cloud provider handles and which remain the "
            "customer's job, and how that varies by service."
        ),
        "skills": ["cloud-platforms"],
        "pathways": ["professional-development"],
    },
    {
        "title": "AWS Well-Architected Machine Learning Lens",
        "url": "https://docs.aws.amazon.com/wellarchitected/latest/machine-learning-lens/machine-learning-lens.html",
        "kind": "documentation",
        "provider": "Amazon Web Services",
        "is_free": True,
        "description": (
            "Applies the Well-Architected pillars to each phase of the machine learning lifecycle, with best practices "
            "for security, reliability and cost of ML workloads."
        ),
        "skills": ["cloud-platforms", "ml-security-governance"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Docker build best practices",
        "url": "https://docs.docker.com/build/building/best-practices/",
        "kind": "documentation",
        "provider": "Docker",
        "is_free": True,
        "description": (
            "Docker's guidance on writing Dockerfiles: multi-stage builds, choosing and pinning base images, using the "
            "build cache well and keeping images small."
        ),
        "skills": ["containers-orchestration"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "NVIDIA Container Toolkit documentation",
        "url": "https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/index.html",
        "kind": "documentation",
        "provider": "NVIDIA",
        "is_free": True,
        "description": (
            "How to install and configure the NVIDIA Container Toolkit so that containers can use the host's GPUs."
        ),
        "skills": ["containers-orchestration"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Helm documentation",
        "url": "https://helm.sh/docs/",
        "kind": "documentation",
        "provider": "Helm, a CNCF project",
        "is_free": True,
        "description": (
            "Documentation for Helm, the package manager for Kubernetes: using charts, writing templates and following "
            "chart best practices."
        ),
        "skills": ["containers-orchestration"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Kubernetes Security Checklist",
        "url": "https://kubernetes.io/docs/concepts/security/security-checklist/",
        "kind": "documentation",
        "provider": "The Kubernetes project",
        "is_free": True,
        "description": (
            "A checklist of baseline security measures for Kubernetes clusters: authentication, RBAC, network "
            "policies, pod security, secrets and logs."
        ),
        "skills": ["containers-orchestration", "ml-security-governance"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Argo Workflows documentation",
        "url": "https://argo-workflows.readthedocs.io/",
        "kind": "documentation",
        "provider": "Argo Project, a CNCF project",
        "is_free": True,
        "description": (
            "Documentation for Argo Workflows, a Kubernetes-native engine that runs each step of a workflow in its own "
            "container."
        ),
        "skills": ["containers-orchestration"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Ray documentation",
        "url": "https://docs.ray.io/",
        "kind": "documentation",
        "provider": "Anyscale and the Ray project",
        "is_free": True,
        "description": (
            "Documentation for Ray, an open-source framework for scaling Python, with libraries for batch inference "
            "(Ray Data), distributed training and model serving (Ray Serve)."
        ),
        "skills": ["model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "KServe documentation",
        "url": "https://kserve.github.io/website/",
        "kind": "documentation",
        "provider": "KServe open-source project",
        "is_free": True,
        "description": (
            "Documentation for KServe, which serves models on Kubernetes with standard prediction protocols, "
            "autoscaling including scale to zero, and canary rollouts."
        ),
        "skills": ["model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "BentoML documentation",
        "url": "https://docs.bentoml.com/",
        "kind": "documentation",
        "provider": "BentoML",
        "is_free": True,
        "description": (
            "Documentation for BentoML, an open-source Python framework for packaging models as services with adaptive "
            "batching and building them into containers."
        ),
        "skills": ["model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Hugging Face Optimum documentation",
        "url": "https://huggingface.co/docs/optimum/index",
        "kind": "documentation",
        "provider": "Hugging Face",
        "is_free": True,
        "description": (
            "Documentation for Optimum, which connects Transformers models to hardware-specific optimization tools, "
            "including ONNX Runtime export and quantization."
        ),
        "skills": ["model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "SRE Workbook: Canarying Releases",
        "url": "https://sre.google/workbook/canarying-releases/",
        "kind": "documentation",
        "provider": "Google",
        "is_free": True,
        "description": (
            "A chapter of Google's Site Reliability Workbook on releasing changes to a small share of traffic first, "
            "choosing metrics to compare and deciding when to roll back."
        ),
        "skills": ["model-serving"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Argo Rollouts documentation",
        "url": "https://argo-rollouts.readthedocs.io/",
        "kind": "documentation",
        "provider": "Argo Project, a CNCF project",
        "is_free": True,
        "description": (
            "Documentation for Argo Rollouts, a Kubernetes controller for blue-green and canary releases with "
            "automated analysis and rollback."
        ),
        "skills": ["model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "OpenTelemetry documentation",
        "url": "https://opentelemetry.io/docs/",
        "kind": "documentation",
        "provider": "OpenTelemetry, a CNCF project",
        "is_free": True,
        "description": (
            "Official documentation for OpenTelemetry, the vendor-neutral standard and tooling for producing and "
            "collecting traces, metrics and logs, with Python guides."
        ),
        "skills": ["monitoring-observability"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Grafana documentation",
        "url": "https://grafana.com/docs/grafana/latest/",
        "kind": "documentation",
        "provider": "Grafana Labs",
        "is_free": True,
        "description": (
            "Documentation for Grafana: connecting data sources such as Prometheus, building dashboards and setting up "
            "alerts."
        ),
        "skills": ["monitoring-observability"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "SRE Book: Service Level Objectives",
        "url": "https://sre.google/sre-book/service-level-objectives/",
        "kind": "documentation",
        "provider": "Google",
        "is_free": True,
        "description": (
            "The chapter of Google's Site Reliability Engineering book that defines service level indicators, "
            "objectives and agreements, and explains how to choose them."
        ),
        "skills": ["monitoring-observability"],
        "pathways": ["professional-development"],
    },
    {
        "title": "SRE Workbook: Alerting on SLOs",
        "url": "https://sre.google/workbook/alerting-on-slos/",
        "kind": "documentation",
        "provider": "Google",
        "is_free": True,
        "description": (
            "A chapter of the Site Reliability Workbook that walks through ways to alert on service level objectives, "
            "ending with multiwindow burn-rate alerts."
        ),
        "skills": ["monitoring-observability"],
        "pathways": ["professional-development"],
    },
    {
        "title": "SRE Book: Monitoring Distributed Systems",
        "url": "https://sre.google/sre-book/monitoring-distributed-systems/",
        "kind": "documentation",
        "provider": "Google",
        "is_free": True,
        "description": (
            "The chapter of Google's Site Reliability Engineering book on what to monitor, the four golden signals, "
            "and keeping alerts simple and actionable."
        ),
        "skills": ["attention-to-detail", "monitoring-observability"],
        "pathways": ["professional-development"],
    },
    {
        "title": "NannyML documentation",
        "url": "https://nannyml.readthedocs.io/",
        "kind": "documentation",
        "provider": "NannyML",
        "is_free": True,
        "description": (
            "Documentation for NannyML, an open-source Python library for estimating model performance before labels "
            "arrive and for detecting data drift."
        ),
        "skills": ["monitoring-observability"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "SRE Book: Effective Troubleshooting",
        "url": "https://sre.google/sre-book/effective-troubleshooting/",
        "kind": "documentation",
        "provider": "Google",
        "is_free": True,
        "description": (
            "The chapter of Google's Site Reliability Engineering book that describes troubleshooting as a systematic "
            "loop of observing, hypothesizing and testing, with common pitfalls."
        ),
        "skills": ["problem-solving"],
        "pathways": ["professional-development"],
    },
    {
        "title": "SRE Book: Postmortem Culture",
        "url": "https://sre.google/sre-book/postmortem-culture/",
        "kind": "documentation",
        "provider": "Google",
        "is_free": True,
        "description": (
            "The chapter of Google's Site Reliability Engineering book on blameless postmortems: when to write them, "
            "what they contain and how to build a culture that learns from failure."
        ),
        "skills": ["problem-solving", "communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "git bisect documentation",
        "url": "https://git-scm.com/docs/git-bisect",
        "kind": "documentation",
        "provider": "The Git project",
        "is_free": True,
        "description": (
            "The reference for `git bisect`, which uses binary search through history to find the commit that "
            "introduced a bug, including fully automated runs."
        ),
        "skills": ["problem-solving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "How to create a Minimal, Reproducible Example",
        "url": "https://stackoverflow.com/help/minimal-reproducible-example",
        "kind": "documentation",
        "provider": "Stack Overflow",
        "is_free": True,
        "description": (
            "Stack Overflow's short guide to reducing a problem to the smallest complete example that others can run "
            "and see fail."
        ),
        "skills": ["problem-solving"],
        "pathways": ["professional-development"],
    },
    {
        "title": "How do I ask a good question?",
        "url": "https://stackoverflow.com/help/how-to-ask",
        "kind": "documentation",
        "provider": "Stack Overflow",
        "is_free": True,
        "description": (
            "Stack Overflow's advice on asking technical questions: searching first, writing a precise title, and "
            "giving the context others need to help."
        ),
        "skills": ["problem-solving"],
        "pathways": ["professional-development"],
    },
    {
        "title": "5 Whys (Atlassian Team Playbook)",
        "url": "https://www.atlassian.com/team-playbook/plays/5-whys",
        "kind": "documentation",
        "provider": "Atlassian",
        "is_free": True,
        "description": (
            "A step-by-step guide to running a five-whys session with a team to move from a problem's symptoms to "
            "causes you can act on."
        ),
        "skills": ["problem-solving"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Writing for GOV.UK",
        "url": "https://www.gov.uk/guidance/content-design/writing-for-gov-uk",
        "kind": "documentation",
        "provider": "Government Digital Service",
        "is_free": True,
        "description": (
            "The UK government's guidance on writing for the web: how people read online, plain English, short "
            "sentences and putting the most important information first."
        ),
        "skills": ["communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Google Engineering Practices Documentation",
        "url": "https://google.github.io/eng-practices/",
        "kind": "documentation",
        "provider": "Google",
        "is_free": True,
        "description": (
            "Google's published guides to code review, one for reviewers and one for authors of changes, including how "
            "to write good change descriptions."
        ),
        "skills": ["communication", "attention-to-detail"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Conventional Comments",
        "url": "https://conventionalcomments.org/",
        "kind": "documentation",
        "provider": "Conventional Comments",
        "is_free": True,
        "description": (
            "A simple format for review comments that labels each one (suggestion, issue, question and so on) and says "
            "whether it blocks the change."
        ),
        "skills": ["communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Design Docs at Google",
        "url": "https://www.industrialempathy.com/posts/design-docs-at-google/",
        "kind": "documentation",
        "provider": "Malte Ubl",
        "is_free": True,
        "description": (
            "An essay describing how design documents are written and reviewed at Google: their typical sections, when "
            "to write one and when not to."
        ),
        "skills": ["communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Architecture Decision Records",
        "url": "https://adr.github.io/",
        "kind": "documentation",
        "provider": "ADR GitHub organization",
        "is_free": True,
        "description": (
            "A collection of templates, tools and background for recording architecture decisions as short documents "
            "kept with the code."
        ),
        "skills": ["communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "C4 model",
        "url": "https://c4model.com/",
        "kind": "documentation",
        "provider": "Simon Brown",
        "is_free": True,
        "description": (
            "A simple, hierarchical way to diagram software architecture at four levels of detail: system context, "
            "containers, components and code."
        ),
        "skills": ["communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Diátaxis",
        "url": "https://diataxis.fr/",
        "kind": "documentation",
        "provider": "Daniele Procida",
        "is_free": True,
        "description": (
            "A framework for technical documentation that separates tutorials, how-to guides, reference and "
            "explanation, and explains what each needs."
        ),
        "skills": ["communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "People + AI Guidebook",
        "url": "https://pair.withgoogle.com/guidebook/",
        "kind": "documentation",
        "provider": "Google PAIR",
        "is_free": True,
        "description": (
            "Google's guide to designing AI products with people in mind, including how to explain model behavior and "
            "uncertainty and how to set users' expectations."
        ),
        "skills": ["communication"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Atlassian Team Playbook",
        "url": "https://www.atlassian.com/team-playbook",
        "kind": "documentation",
        "provider": "Atlassian",
        "is_free": True,
        "description": (
            "A free collection of step-by-step workshops (plays) for teams, such as retrospectives, project kick-offs "
            "and decision-making."
        ),
        "skills": ["communication", "adaptability"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Terraform CLI: terraform plan",
        "url": "https://developer.hashicorp.com/terraform/cli/commands/plan",
        "kind": "documentation",
        "provider": "HashiCorp",
        "is_free": True,
        "description": (
            "The reference for `terraform plan`, which previews the changes Terraform will make, and how to save a "
            "plan for review before applying it."
        ),
        "skills": ["attention-to-detail"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Dependabot documentation",
        "url": "https://docs.github.com/en/code-security/dependabot",
        "kind": "documentation",
        "provider": "GitHub",
        "is_free": True,
        "description": (
            "GitHub's documentation for Dependabot, which opens pull requests to update dependencies and warns about "
            "known vulnerabilities."
        ),
        "skills": ["attention-to-detail"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Hypothesis documentation",
        "url": "https://hypothesis.readthedocs.io/",
        "kind": "documentation",
        "provider": "Hypothesis developers",
        "is_free": True,
        "description": (
            "Documentation for Hypothesis, a property-based testing library for Python that generates test inputs, "
            "including edge cases, and shrinks failures to minimal examples."
        ),
        "skills": ["attention-to-detail"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Keep a Changelog",
        "url": "https://keepachangelog.com/",
        "kind": "documentation",
        "provider": "Olivier Lacan",
        "is_free": True,
        "description": (
            "A short guide to writing change logs for people: one entry per version, grouped into added, changed, "
            "deprecated, removed, fixed and security."
        ),
        "skills": ["attention-to-detail"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Semantic Versioning",
        "url": "https://semver.org/",
        "kind": "documentation",
        "provider": "Tom Preston-Werner",
        "is_free": True,
        "description": (
            "The specification for major.minor.patch version numbers that say whether a release breaks compatibility, "
            "adds features or only fixes bugs."
        ),
        "skills": ["attention-to-detail"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Thoughtworks Technology Radar",
        "url": "https://www.thoughtworks.com/radar",
        "kind": "documentation",
        "provider": "Thoughtworks",
        "is_free": True,
        "description": (
            "A twice-yearly opinionated review of tools, techniques, platforms and languages, each placed in adopt, "
            "trial, assess or hold; the format is often copied for team radars."
        ),
        "skills": ["adaptability"],
        "pathways": ["professional-development"],
    },
    {
        "title": "CNCF Landscape",
        "url": "https://landscape.cncf.io/",
        "kind": "documentation",
        "provider": "Cloud Native Computing Foundation",
        "is_free": True,
        "description": (
            "An interactive map of cloud-native projects and products by category, showing each one's maturity, "
            "license and activity."
        ),
        "skills": ["adaptability"],
        "pathways": ["professional-development"],
    },
    {
        "title": "OWASP Machine Learning Security Top Ten",
        "url": "https://owasp.org/www-project-machine-learning-security-top-10/",
        "kind": "documentation",
        "provider": "OWASP Foundation",
        "is_free": True,
        "description": (
            "OWASP's list of the main security risks to machine learning systems, such as input manipulation, data "
            "poisoning and model theft, with descriptions and prevention advice."
        ),
        "skills": ["ml-security-governance"],
        "pathways": ["professional-development"],
    },
    {
        "title": "OWASP Top 10 for LLM Applications",
        "url": "https://owasp.org/www-project-top-10-for-large-language-model-applications/",
        "kind": "documentation",
        "provider": "OWASP Foundation",
        "is_free": True,
        "description": (
            "OWASP's list of the main security risks for applications built on large language models, including prompt "
            "injection, sensitive information disclosure and excessive agency."
        ),
        "skills": ["llmops"],
        "pathways": ["professional-development"],
    },
    {
        "title": "MITRE ATLAS",
        "url": "https://atlas.mitre.org/",
        "kind": "documentation",
        "provider": "MITRE",
        "is_free": True,
        "description": (
            "A knowledge base of adversary tactics and techniques against AI systems, based on real-world attacks and "
            "research, in the style of MITRE ATT&CK."
        ),
        "skills": ["ml-security-governance"],
        "pathways": ["professional-development"],
    },
    {
        "title": "safetensors documentation",
        "url": "https://huggingface.co/docs/safetensors/index",
        "kind": "documentation",
        "provider": "Hugging Face",
        "is_free": True,
        "description": (
            "Documentation for safetensors, a format for storing model weights that is fast to load and, unlike "
            "pickle, cannot execute code."
        ),
        "skills": ["ml-security-governance"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "NIST Privacy Framework",
        "url": "https://www.nist.gov/privacy-framework",
        "kind": "documentation",
        "provider": "NIST",
        "is_free": True,
        "description": (
            "A voluntary framework from the US National Institute of Standards and Technology for identifying and "
            "managing privacy risk in products and services."
        ),
        "skills": ["ml-security-governance"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Model Cards for Model Reporting",
        "url": "https://arxiv.org/abs/1810.03993",
        "kind": "documentation",
        "provider": "Margaret Mitchell et al., FAT* 2019",
        "is_free": True,
        "description": (
            "The paper that proposed model cards: short documents that accompany a model with its intended use, "
            "evaluation results across groups and known limitations."
        ),
        "skills": ["ml-security-governance"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Datasheets for Datasets",
        "url": "https://arxiv.org/abs/1803.09010",
        "kind": "documentation",
        "provider": "Timnit Gebru et al.",
        "is_free": True,
        "description": (
            "The paper proposing that every dataset come with a datasheet describing its motivation, composition, "
            "collection process, recommended uses and maintenance."
        ),
        "skills": ["ml-security-governance"],
        "pathways": ["professional-development"],
    },
    {
        "title": "NIST AI Risk Management Framework",
        "url": "https://www.nist.gov/itl/ai-risk-management-framework",
        "kind": "documentation",
        "provider": "NIST",
        "is_free": True,
        "description": (
            "A voluntary framework for managing the risks of AI systems, organized around four functions (govern, map, "
            "measure and manage), with a companion playbook."
        ),
        "skills": ["ml-security-governance"],
        "pathways": ["professional-development"],
    },
    {
        "title": "EU Artificial Intelligence Act",
        "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
        "kind": "documentation",
        "provider": "European Union (EUR-Lex)",
        "is_free": True,
        "description": (
            "The official text of Regulation (EU) 2024/1689, which sets risk-based rules for AI systems placed on the "
            "EU market, with stricter obligations for high-risk systems."
        ),
        "skills": ["ml-security-governance"],
        "pathways": ["professional-development"],
    },
    {
        "title": "ISO/IEC 42001",
        "url": "https://www.iso.org/standard/81230.html",
        "kind": "documentation",
        "provider": "ISO and IEC",
        "is_free": False,
        "description": (
            "The international standard for an AI management system: requirements for an organization to establish, "
            "run and improve how it develops and uses AI responsibly. The standard itself is sold by ISO."
        ),
        "skills": ["ml-security-governance"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Prompt Engineering Guide",
        "url": "https://www.promptingguide.ai/",
        "kind": "documentation",
        "provider": "DAIR.AI",
        "is_free": True,
        "description": (
            "A free guide to prompting techniques for large language models, from basic instructions and examples to "
            "retrieval and agents, with notes on risks."
        ),
        "skills": ["llmops"],
        "pathways": ["professional-development"],
    },
    {
        "title": "OpenAI Cookbook",
        "url": "https://cookbook.openai.com/",
        "kind": "documentation",
        "provider": "OpenAI",
        "is_free": True,
        "description": (
            "Example code and guides for common tasks with OpenAI's API, such as handling rate limits, embeddings, "
            "retrieval and evaluation."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "LiteLLM documentation",
        "url": "https://docs.litellm.ai/",
        "kind": "documentation",
        "provider": "BerriAI",
        "is_free": True,
        "description": (
            "Documentation for LiteLLM, an open-source Python library and proxy that calls many LLM providers through "
            "one interface, with retries, fallbacks, budgets and logging."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Patterns for Building LLM-based Systems & Products",
        "url": "https://eugeneyan.com/writing/llm-patterns/",
        "kind": "documentation",
        "provider": "Eugene Yan",
        "is_free": True,
        "description": (
            "A long, practical essay on patterns for LLM applications: evaluations, retrieval-augmented generation, "
            "fine-tuning, caching, guardrails and collecting user feedback."
        ),
        "skills": ["llmops"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Qdrant documentation",
        "url": "https://qdrant.tech/documentation/",
        "kind": "documentation",
        "provider": "Qdrant",
        "is_free": True,
        "description": (
            "Documentation for Qdrant, an open-source vector database, covering collections, filtering, hybrid search "
            "and deployment."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "What We Learned from a Year of Building with LLMs",
        "url": "https://applied-llms.org/",
        "kind": "documentation",
        "provider": "Eugene Yan, Bryan Bischof, Charles Frye, Hamel Husain, Jason Liu and Shreya Shankar",
        "is_free": True,
        "description": (
            "Practitioners' lessons from building LLM applications, arranged as tactical, operational and strategic "
            "advice, with a strong emphasis on evaluation."
        ),
        "skills": ["llmops"],
        "pathways": ["professional-development"],
    },
    {
        "title": "Ragas documentation",
        "url": "https://docs.ragas.io/",
        "kind": "documentation",
        "provider": "Ragas",
        "is_free": True,
        "description": (
            "Documentation for Ragas, an open-source library for evaluating LLM applications, with metrics for "
            "retrieval-augmented generation such as faithfulness and context precision."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "vLLM documentation",
        "url": "https://docs.vllm.ai/",
        "kind": "documentation",
        "provider": "vLLM project",
        "is_free": True,
        "description": (
            "Documentation for vLLM, a high-throughput inference and serving engine for LLMs with an OpenAI-compatible "
            "server, continuous batching and quantization support."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Text Generation Inference documentation",
        "url": "https://huggingface.co/docs/text-generation-inference/index",
        "kind": "documentation",
        "provider": "Hugging Face",
        "is_free": True,
        "description": (
            "Documentation for Text Generation Inference, Hugging Face's server for deploying open LLMs, with guides "
            "to quantization, streaming and monitoring."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "PEFT documentation",
        "url": "https://huggingface.co/docs/peft/index",
        "kind": "documentation",
        "provider": "Hugging Face",
        "is_free": True,
        "description": (
            "Documentation for PEFT, a library of parameter-efficient fine-tuning methods such as LoRA that adapt "
            "large models by training a small number of extra weights."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Langfuse documentation",
        "url": "https://langfuse.com/docs",
        "kind": "documentation",
        "provider": "Langfuse",
        "is_free": True,
        "description": (
            "Documentation for Langfuse, an open-source platform for tracing LLM applications, managing prompts, "
            "collecting feedback and running evaluations."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "OpenTelemetry semantic conventions for generative AI",
        "url": "https://opentelemetry.io/docs/specs/semconv/gen-ai/",
        "kind": "documentation",
        "provider": "OpenTelemetry, a CNCF project",
        "is_free": True,
        "description": (
            "OpenTelemetry's conventions for the spans, metrics and events that describe generative AI calls, such as "
            "the model used and the tokens consumed."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
    # Open-source tools, added with the topics (seed/topics.py)
    {
        "title": "Optuna",
        "url": "https://optuna.org/",
        "kind": "tool",
        "provider": "Optuna developers",
        "is_free": True,
        "description": (
            "An open-source hyperparameter optimization framework for Python that searches efficiently, stops "
            "unpromising trials early and records every trial."
        ),
        "skills": ["machine-learning"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Fairlearn",
        "url": "https://fairlearn.org/",
        "kind": "tool",
        "provider": "Fairlearn contributors",
        "is_free": True,
        "description": (
            "An open-source Python project for assessing and improving the fairness of machine learning models, with a "
            "user guide that explains the ideas behind its metrics."
        ),
        "skills": ["machine-learning"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Delta Lake",
        "url": "https://delta.io/",
        "kind": "tool",
        "provider": "Delta Lake, a Linux Foundation project",
        "is_free": True,
        "description": (
            "An open-source table format that adds transactions, schema enforcement and time travel to Parquet files "
            "in a data lake."
        ),
        "skills": ["data-engineering"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Apache Iceberg",
        "url": "https://iceberg.apache.org/",
        "kind": "tool",
        "provider": "Apache Software Foundation",
        "is_free": True,
        "description": (
            "An open table format for large analytic datasets, with schema evolution, hidden partitioning and time "
            "travel, supported by many engines."
        ),
        "skills": ["data-engineering"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "OpenLineage",
        "url": "https://openlineage.io/",
        "kind": "tool",
        "provider": "OpenLineage, an LF AI & Data project",
        "is_free": True,
        "description": (
            "An open standard and tooling for collecting lineage metadata from pipelines, recording which jobs read "
            "and wrote which datasets."
        ),
        "skills": ["data-engineering"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Trivy",
        "url": "https://trivy.dev/",
        "kind": "tool",
        "provider": "Aqua Security",
        "is_free": True,
        "description": (
            "An open-source scanner that finds known vulnerabilities, misconfigurations and secrets in container "
            "images, file systems, Git repositories and infrastructure code."
        ),
        "skills": ["devops-ci-cd", "containers-orchestration"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Sigstore",
        "url": "https://www.sigstore.dev/",
        "kind": "tool",
        "provider": "Sigstore, an OpenSSF project",
        "is_free": True,
        "description": (
            "Free, open-source tools and services for signing software artifacts and verifying signatures, including "
            "container images and, increasingly, models."
        ),
        "skills": ["devops-ci-cd", "ml-security-governance"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "kind",
        "url": "https://kind.sigs.k8s.io/",
        "kind": "tool",
        "provider": "Kubernetes SIGs",
        "is_free": True,
        "description": (
            "Kubernetes in Docker: runs a local Kubernetes cluster inside containers, handy for learning and for tests "
            "in CI."
        ),
        "skills": ["containers-orchestration"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Kustomize",
        "url": "https://kustomize.io/",
        "kind": "tool",
        "provider": "Kubernetes SIGs",
        "is_free": True,
        "description": (
            "A tool built into kubectl for customizing Kubernetes manifests with overlays and patches instead of "
            "templates."
        ),
        "skills": ["containers-orchestration"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "ONNX",
        "url": "https://onnx.ai/",
        "kind": "tool",
        "provider": "ONNX, an LF AI & Data project",
        "is_free": True,
        "description": (
            "Open Neural Network Exchange: an open format for machine learning models that lets a model trained in one "
            "framework run in runtimes and on hardware that support ONNX."
        ),
        "skills": ["model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "ONNX Runtime",
        "url": "https://onnxruntime.ai/",
        "kind": "tool",
        "provider": "Microsoft and the ONNX Runtime project",
        "is_free": True,
        "description": (
            "An open-source, cross-platform engine for running ONNX models quickly on CPUs and GPUs, with tools for "
            "quantization and other optimizations."
        ),
        "skills": ["model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "NVIDIA Triton Inference Server",
        "url": "https://github.com/triton-inference-server/server",
        "kind": "tool",
        "provider": "NVIDIA",
        "is_free": True,
        "description": (
            "Open-source inference server that serves models from many frameworks on CPUs and GPUs, with dynamic "
            "batching, concurrent model execution and metrics."
        ),
        "skills": ["model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Locust",
        "url": "https://locust.io/",
        "kind": "tool",
        "provider": "Locust developers",
        "is_free": True,
        "description": (
            "An open-source load-testing tool in which user behavior is written in Python, with a web interface "
            "showing response times and failures as load increases."
        ),
        "skills": ["model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "KEDA",
        "url": "https://keda.sh/",
        "kind": "tool",
        "provider": "KEDA, a CNCF project",
        "is_free": True,
        "description": (
            "Kubernetes Event-driven Autoscaling: scales workloads, including down to zero, based on events such as "
            "queue length or custom metrics."
        ),
        "skills": ["model-serving"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Jaeger",
        "url": "https://www.jaegertracing.io/",
        "kind": "tool",
        "provider": "Jaeger, a CNCF project",
        "is_free": True,
        "description": (
            "An open-source distributed tracing platform for collecting, storing and viewing traces, and a common back "
            "end for OpenTelemetry traces."
        ),
        "skills": ["monitoring-observability"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "whylogs",
        "url": "https://github.com/whylabs/whylogs",
        "kind": "tool",
        "provider": "WhyLabs",
        "is_free": True,
        "description": (
            "An open-source Python library that summarizes datasets into lightweight statistical profiles, which can "
            "be compared over time to detect data-quality problems and drift."
        ),
        "skills": ["monitoring-observability"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "NVIDIA DCGM Exporter",
        "url": "https://github.com/NVIDIA/dcgm-exporter",
        "kind": "tool",
        "provider": "NVIDIA",
        "is_free": True,
        "description": (
            "Exports GPU metrics such as utilization, memory and temperature to Prometheus, commonly run on Kubernetes "
            "GPU nodes."
        ),
        "skills": ["monitoring-observability"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "ModelScan",
        "url": "https://github.com/protectai/modelscan",
        "kind": "tool",
        "provider": "Protect AI",
        "is_free": True,
        "description": (
            "An open-source scanner that checks model files in common formats, including pickle-based ones, for code "
            "that would run when the model is loaded."
        ),
        "skills": ["ml-security-governance"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Adversarial Robustness Toolbox",
        "url": "https://github.com/Trusted-AI/adversarial-robustness-toolbox",
        "kind": "tool",
        "provider": "LF AI & Data Foundation",
        "is_free": True,
        "description": (
            "An open-source Python library for evaluating and defending models against evasion, poisoning, extraction "
            "and inference attacks."
        ),
        "skills": ["ml-security-governance"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Opacus",
        "url": "https://opacus.ai/",
        "kind": "tool",
        "provider": "Meta and the Opacus project",
        "is_free": True,
        "description": (
            "An open-source library for training PyTorch models with differential privacy, with tutorials on the "
            "privacy-accuracy trade-off."
        ),
        "skills": ["ml-security-governance"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "pgvector",
        "url": "https://github.com/pgvector/pgvector",
        "kind": "tool",
        "provider": "pgvector project",
        "is_free": True,
        "description": (
            "An open-source PostgreSQL extension for storing embeddings and running vector similarity search alongside "
            "ordinary SQL data."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "promptfoo",
        "url": "https://www.promptfoo.dev/",
        "kind": "tool",
        "provider": "Promptfoo",
        "is_free": True,
        "description": (
            "An open-source command-line tool for testing prompts and LLM applications against test cases, comparing "
            "models and red-teaming, designed to run in CI."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Ollama",
        "url": "https://ollama.com/",
        "kind": "tool",
        "provider": "Ollama",
        "is_free": True,
        "description": (
            "A free tool for downloading and running open language models on your own computer, with a local API; "
            "handy for development and experiments."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "NeMo Guardrails",
        "url": "https://github.com/NVIDIA/NeMo-Guardrails",
        "kind": "tool",
        "provider": "NVIDIA",
        "is_free": True,
        "description": (
            "An open-source toolkit for adding programmable guardrails to LLM applications, such as topic limits, "
            "input and output checks and safe handling of tool calls."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
    {
        "title": "Arize Phoenix",
        "url": "https://github.com/Arize-ai/phoenix",
        "kind": "tool",
        "provider": "Arize AI",
        "is_free": True,
        "description": (
            "A source-available tool you can run yourself for tracing, evaluating and troubleshooting LLM "
            "applications, built on OpenTelemetry."
        ),
        "skills": ["llmops"],
        "pathways": ["personal-projects"],
    },
]
