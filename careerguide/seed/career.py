"""The career the guide is about, and the level it needs in each skill."""

CAREER = {
    "name": "ML Ops Engineer",
    "slug": "ml-ops-engineer",
    "is_default": True,
    "tagline": "Get machine learning models out of the notebook and keep them working in production.",
    "summary": (
        "An ML Ops engineer builds and runs the systems that take machine learning models from experiment "
        "to production and keep them reliable there. This guide explains the work, the skills it needs and "
        "the ways into it."
    ),
    "introduction": """\
A machine learning model only pays off once it leaves the notebook it was built in and starts making \
predictions that people and systems rely on. Getting it there, and keeping it accurate, fast and affordable \
once it is there, is a discipline of its own: **ML Ops**, short for machine learning operations.

This guide is for anyone weighing that discipline as a career: a software or DevOps engineer curious about \
machine learning, a data scientist who wants to ship what they build, a student choosing a direction, or \
someone changing careers. It explains what an ML Ops engineer actually does, the ten skills the work draws on, \
and eight ways to build them, from a university degree to personal projects.

Use it as a map rather than a syllabus. Nobody arrives knowing everything on it. Most ML Ops engineers start \
strong in one area, usually software, infrastructure or data science, and grow into the others on the job. \
Each skill comes with five levels, from "none" to "expert", so you can see where you stand today and what the \
next step looks like.
""",
    "role_description": """\
### What ML Ops is

ML Ops is the set of practices, tools and habits that let an organization put machine learning models into \
production and keep them healthy there. It borrows heavily from DevOps (automation, version control, \
continuous integration and delivery, monitoring) and adds what is specific to machine learning: a model's \
behavior depends on data as much as on code, and that data keeps changing after release.

An ordinary program keeps doing what it was written to do until someone changes it. A model can get quietly \
worse without a single line of code changing, because the world it makes predictions about has moved on. ML \
Ops exists to notice when that happens, and to make retraining and redeploying routine rather than heroic.

### A bridge between two teams

Most organizations that use machine learning have two groups with different instincts. Data scientists \
explore data and build models, and they value fast experiments. IT, platform and operations teams run the \
infrastructure, and they value stability, security and predictable costs. Left to themselves, the two often \
end up with a promising model that nobody can deploy, or a deployed model that nobody dares to update.

The ML Ops engineer stands between them. They turn a data scientist's training code into a repeatable \
pipeline, package the model so it runs the same way everywhere, and deploy it on infrastructure the \
operations team can support. They speak both languages: enough statistics to discuss why a model's precision \
dropped, and enough infrastructure to discuss why a cluster ran out of GPUs.

### What the engineer does

- **Builds pipelines** that fetch and validate data, train and evaluate models, and register the results, so \
any model can be rebuilt from scratch by anyone on the team.
- **Versions everything**: code, data, configuration and models, so every prediction in production can be \
traced back to the exact model and data that produced it.
- **Automates delivery** with CI/CD, so tests of code, data and model quality run on every change and approved \
models reach production without anyone copying files by hand.
- **Packages and serves models** in containers, behind an API or as batch jobs, usually on Kubernetes or a \
managed cloud service.
- **Monitors models in production**: not only uptime and response times, but also shifts in the input data, \
the quality of predictions and the cost of running them, with alerts and runbooks for when something moves.
- **Builds the platform** other teams use, from model registries and feature stores to project templates that \
make the right way the easy way.

Job titles vary. Much the same work is advertised as ML Ops engineer, machine learning engineer, ML platform \
engineer or ML infrastructure engineer, and the balance between modeling and infrastructure changes from one \
company to the next. Read the job description, not just the title.
""",
    "responsibilities": """\
No two weeks are the same, but most mix building, operating and helping others. At a company with a handful \
of models in production, a typical week might include:

- Checking the monitoring dashboards for each model in production (response times, error rates, the \
distribution of predictions and drift in the input data) and following up on anything that moved.
- Pairing with a data scientist to turn a notebook into a pipeline step, with its dependencies pinned and its \
settings moved out of the code into configuration.
- Reviewing pull requests that change training code, pipeline definitions or infrastructure, with an eye on \
tests, resource limits and how each change would be rolled back.
- Releasing a retrained model as a canary to a small share of traffic, comparing it with the current model, \
then promoting it or rolling it back.
- Fixing a broken CI job: a library upgrade tripped a data validation check, or a container image grew too \
large to deploy quickly.
- Writing Terraform and Helm configuration for a new model endpoint or a new pool of GPU machines.
- Tracking down a jump in the cloud bill to training jobs that never shut down, and adding an automatic \
shutdown so it cannot happen again.
- Taking a turn on call and, if something breaks, restoring service first and then writing a blameless \
postmortem with follow-up actions.
- Writing or updating a runbook or how-to guide, so the next person does not have to ask.
- Meeting product managers and data scientists to plan the next quarter's platform work, explaining the \
trade-offs in plain language.

The mix depends on the company. At a startup you may do all of this yourself; at a large company you may \
specialize in one part, such as model serving or the training platform.
""",
    "conclusion": """\
ML Ops suits people who enjoy both halves of the problem: the statistics that make a model useful and the \
engineering that makes it dependable. Nobody starts out fluent in both. Begin from the side you know best and \
work outward. If you come from software or operations, learn how models are trained, evaluated and fail. If \
you come from data science, learn to write production code and then containers, CI/CD and a cloud platform.

Whichever pathway you choose, aim for proof you can show. A small project that trains a model, serves it, \
monitors it and retrains it automatically teaches more than any single certificate, and gives you something \
concrete to talk about in interviews. Pair it with one structured route (a degree, a course, a bootcamp or a \
job that lets you learn), stay close to the field through its communities, and revisit the skill levels every \
few months to see how far you have come.
""",
}

# Skill slug to the level (0 none, 1 aware, 2 beginner, 3 practitioner, 4 expert) the career needs, in the
# order the guide lists them. Deploying and operating model services is the core of the job, hence the 4s.
CAREER_SKILL_TARGETS = {
    "machine-learning": 3,
    "programming-python": 3,
    "data-engineering": 3,
    "devops-ci-cd": 4,
    "cloud-platforms": 3,
    "containers-orchestration": 4,
    # The skills added to the article's ten (seed/skills.py). Security, governance and LLM applications are
    # often shared with specialist teams, so a working knowledge (2) is what the role itself needs.
    "model-serving": 4,
    "monitoring-observability": 3,
    "ml-security-governance": 2,
    "llmops": 2,
    "problem-solving": 3,
    "communication": 3,
    "attention-to-detail": 3,
    "adaptability": 3,
}
