"""Frequently asked questions about the career, in display order.

The first four are the source article's questions, answered afresh; the rest are the questions newcomers
ask most. No salaries, statistics or quotes: they date quickly and cannot be checked here.
"""

FAQ = [
    {
        "question": "What is the role of an ML Ops Engineer?",
        "answer": """\
An ML Ops engineer makes machine learning work in production. Data scientists build models; an ML Ops engineer \
builds and runs the systems that turn those models into dependable services: pipelines that retrain them on \
fresh data, automated tests and releases, the infrastructure that serves their predictions, and the monitoring \
that spots when a model starts to go wrong.

The role sits between data science and the IT or platform teams that run infrastructure, and translates between \
them, so that models can be updated quickly without putting stability, security or cost at risk. In a small \
company one person may do all of this; in a large one the work is often split between ML platform, ML \
infrastructure and ML engineering teams.
""",
    },
    {
        "question": "What are the core skills needed for an ML Ops Engineer?",
        "answer": """\
Six technical skills and four soft skills. The technical ones are machine learning (enough to understand, \
evaluate and debug models), programming in Python, data engineering, DevOps and CI/CD, cloud platforms, and \
containers and orchestration. The soft ones are problem-solving, communication, attention to detail and \
adaptability.

Nobody starts strong in all ten. Most people come from one side, software and infrastructure or data science, and \
build up the other. Each skill in this guide has five levels, from none to expert, so you can see where you stand \
and what the next level looks like.
""",
    },
    {
        "question": "What are the educational pathways to becoming an ML Ops Engineer?",
        "answer": """\
There is no single route. The most common are:

- a **degree** in computer science, data science, engineering or a related subject;
- **online courses and certifications**, which are flexible and cheap;
- **bootcamps**, which are short, intensive and structured;
- **internships and entry-level jobs** in neighboring roles such as software, data or DevOps engineering.

They combine well. A degree or a job provides the foundation, courses fill the gaps, and a personal project proves \
the result. The pathways section of this guide compares the time, cost and trade-offs of each.
""",
    },
    {
        "question": "How can aspiring ML Ops Engineers navigate the industry landscape?",
        "answer": """\
Treat it as an ongoing practice rather than a single step. Join communities such as the MLOps Community or \
DataTalksClub and take part rather than only reading. Build personal projects and publish them. Find a mentor who \
does the work you want to do. Follow a few conferences and engineering blogs to see how real teams run machine \
learning in production, and refresh your skills as the tools change.

When you read job ads, look past the title. Much the same work is advertised as ML Ops engineer, ML engineer, ML \
platform engineer and ML infrastructure engineer, with a different balance of modeling and infrastructure each \
time. Talking to people in those roles is the quickest way to find out which suits you.
""",
    },
    {
        "question": "Do I need a degree to become an ML Ops Engineer?",
        "answer": """\
Not always. Many ML Ops engineers have a degree in computer science or a related subject, and some employers and \
visa rules require one, but plenty of teams hire on demonstrated skill. Without a degree you need stronger \
evidence of a different kind: a portfolio project that deploys, monitors and retrains a model; relevant work \
experience, even in a neighboring role; and perhaps a respected certification.

A degree helps most with the things that are hard to teach yourself, such as the mathematics behind machine \
learning and the fundamentals of distributed systems. If you skip it, set aside time to learn those on purpose.
""",
    },
    {
        "question": "How is ML Ops different from DevOps, data engineering and ML engineering?",
        "answer": """\
The roles overlap a great deal, and companies draw the lines in different places. Roughly:

- **DevOps engineers** automate how software in general is built, released and run. ML Ops applies the same \
practices to machine learning, where data and models change as well as code.
- **Data engineers** build pipelines that collect, clean and store data for many uses, such as reporting and \
analytics. ML Ops engineers use and extend those pipelines to train and serve models.
- **ML engineers** often build and improve the models as well as deploying them. At many companies ML engineer \
and ML Ops engineer are the same job; where they differ, the ML Ops engineer concentrates on the platform, \
automation and operations rather than on modeling.
- **Data scientists** analyze data and develop models, and usually hand them over to be put into production.

In practice, read each job description closely to see which mix it asks for.
""",
    },
    {
        "question": "Which cloud platform should I learn first?",
        "answer": """\
The one you are most likely to use: the one your employer uses, or the one that appears most often in job ads \
where you want to work. AWS, Microsoft Azure and Google Cloud offer the same building blocks (compute, storage, \
networking, identity, managed Kubernetes and a managed machine learning platform: Amazon SageMaker, Azure Machine \
Learning and Vertex AI), so the concepts transfer well.

Go deep on one rather than shallow on three. Learn identity and access management, networking and cost control \
properly, because they cause the most trouble. Use free tiers and free credits where they are offered, and set a \
budget alert before you create anything.
""",
    },
    {
        "question": "Do I need to know Kubernetes?",
        "answer": """\
For most ML Ops roles, yes, at least at a working level. Kubernetes is the most common way to run containerized \
model services and training jobs, and many ML Ops tools, such as Kubeflow, KServe and Argo Workflows, are built on \
it. Even teams that rely on managed machine learning services often run the services around their models on \
Kubernetes.

You do not need to start there. Learn Linux and Docker first, then deploy a small model service to a cluster on \
your laptop with kind or minikube, then to a managed cluster in the cloud. Early on, deploying and debugging \
workloads matters far more than building and administering clusters, which is often a platform team's job.
""",
    },
    {
        "question": "What should a first portfolio project look like?",
        "answer": """\
A small model in a complete system. Pick a simple prediction problem with a public dataset that is updated \
regularly, and build the whole lifecycle around it:

1. a reproducible training pipeline with versioned data and tracked experiments, for example with DVC and MLflow;
2. a containerized API that serves predictions;
3. CI/CD that runs tests, validates data and checks model quality before deploying;
4. monitoring of response times, errors and drift in the input data, with a dashboard;
5. retraining that runs automatically on a schedule or when drift is detected;
6. a README with an architecture diagram, your design decisions and known limitations.

A finished, well-explained project with a basic model impresses more than an unfinished one with a sophisticated \
model. Keep costs down with cloud free tiers or a Kubernetes cluster on your laptop, and shut things down when you \
are done.
""",
    },
    {
        "question": "Which certifications are worth getting?",
        "answer": """\
Certifications help most when they match the jobs you want and you back them up with hands-on work. Useful \
choices for ML Ops include:

- a machine learning certification from the cloud provider you use, such as the Google Cloud Professional \
Machine Learning Engineer, the AWS Certified Machine Learning Engineer – Associate, or Microsoft's current Azure \
certification for machine learning;
- a Kubernetes certification from the CNCF: the Certified Kubernetes Application Developer (CKAD) if you deploy to \
clusters, or the Certified Kubernetes Administrator (CKA) if you run them;
- HashiCorp Certified: Terraform Associate, for infrastructure as code.

Vendors revise and retire their certifications regularly, so check the official page before you start studying. \
Expect to pay an exam fee, and to renew most certifications every few years. No certification replaces a \
portfolio or work experience; treat it as a structured way to learn a platform and a signal to recruiters.
""",
    },
    {
        "question": "How much math do I need?",
        "answer": """\
Less than a research scientist, but more than none. You should be comfortable with:

- basic statistics and probability: distributions, averages and spread, sampling, and how to tell whether one \
model is really better than another;
- the ideas behind linear algebra and calculus: vectors and matrices, and what gradient descent does while a model \
trains;
- what common evaluation metrics mean, and the trade-offs between them.

You will rarely derive anything by hand, but you will need to judge whether a model's results are believable, \
whether a change in a metric is real or noise, and whether monitoring data shows drift. Google's Machine Learning \
Crash Course is a gentle way to see how much math the practical work actually uses.
""",
    },
    {
        "question": "I'm a software engineer or a data scientist. How do I move into ML Ops?",
        "answer": """\
Build on what you have and fill in the other side.

**From software, DevOps or infrastructure:** you already have most of the engineering. Learn how models are \
trained and evaluated (a practical course, then a project with scikit-learn or PyTorch), the tools specific to \
machine learning (experiment tracking, model registries, feature stores, model serving), and the ways data and \
models fail in production, such as drift and training/serving skew.

**From data science:** you already understand models. Learn to write production-quality code (packages, tests, \
code review), then Docker, CI/CD, a cloud platform and Kubernetes. Offer to deploy and monitor your own team's \
models.

Either way, look for a move inside your current organization: volunteering for model deployment work in the job \
you have is often the quickest way across.
""",
    },
    {
        "question": "How long does it take to become job-ready?",
        "answer": """\
It depends almost entirely on where you start. Someone already working as a software, DevOps or data engineer, or \
as a data scientist who codes well, can often close the gap with some months of focused part-time study and one \
solid project. Someone new to programming should expect a longer journey, often a year or more, because \
programming, Linux, data and machine learning fundamentals all come first.

Measure progress by what you can do rather than by time spent. Rate yourself against the levels for each skill, \
and aim to reach practitioner (level 3) in most of them. A finished end-to-end project is a good sign that you \
are ready to apply.
""",
    },
    {
        "question": "How do large language models change ML Ops?",
        "answer": """\
The fundamentals stay the same: version everything, automate releases, monitor in production and be able to roll \
back. What changes is the detail. Teams building on large language models (LLMs), a practice often called \
LLMOps, face new problems:

- serving very large models efficiently on GPUs, or managing the cost and rate limits of a hosted model;
- versioning prompts and their settings as carefully as code;
- evaluating open-ended answers, which takes test sets, automated checks and human review rather than a single \
accuracy number;
- monitoring quality, safety and cost as well as speed;
- maintaining retrieval pipelines and the documents behind them.

An engineer with solid ML Ops skills is well placed to take these on: the principles transfer, even where the \
tools are new.
""",
    },
]
