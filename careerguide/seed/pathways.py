"""The eight pathways into the career, in the article's order.

Durations are in months and costs in US dollars, both as broad, typical ranges. A pathway that never ends
has no maximum duration and says so in "duration_note". "format" is a pathways.models.PathwayFormat value;
"skills" lists the slugs of the skills the pathway builds; "steps" are the milestones a learner ticks off.
"""

PATHWAYS = [
    {
        "name": "Formal Education",
        "slug": "formal-education",
        "summary": (
            "A bachelor's or master's degree in computer science, data science, engineering or a related subject "
            "gives a broad, deep foundation for ML Ops work."
        ),
        "body": """\
A degree is the most traditional route into technical work. Computer science, software engineering, data \
science, statistics, mathematics and electrical engineering all teach relevant foundations: programming, \
algorithms and data structures, operating systems, databases, probability and, increasingly, machine learning \
itself.

Few degrees teach ML Ops directly, so treat a degree as the foundation rather than the finished product. Choose \
electives in machine learning, distributed systems, cloud computing and databases where you can, make your final \
project something that is deployed and used, and spend summers in internships to see production work from the \
inside.

A bachelor's degree usually takes three to four years of full-time study. A master's, usually one to two years, \
is a common route for people who already hold a technical degree and want to specialize in machine learning or \
move into it from a neighboring field. Many universities now offer part-time and online master's programs for \
people who are already working.
""",
        "suits": """\
- High school students and graduates choosing what to study
- Early-career people who can afford the time and cost and want the deepest foundation
- Graduates of another technical subject who want a master's in machine learning or data science
- Anyone aiming at employers, or immigration routes, that require a degree
""",
        "duration_min_months": 12,
        "duration_max_months": 48,
        "duration_note": "one to two years for a master's, three to four for a bachelor's; longer part-time",
        "cost_min_usd": 0,
        "cost_max_usd": 200000,
        "cost_note": (
            "total tuition varies widely by country and institution, from free at some public universities to "
            "the top of this range at private ones; living costs come on top"
        ),
        "format": "hybrid",
        "credential": "Bachelor's or master's degree",
        "pros": """\
- Deep foundations in mathematics, algorithms and systems that make later learning faster
- A widely recognized credential; some employers and visa rules require one
- Structured teaching with feedback, labs and access to computing resources
- Internship programs, career services and an alumni network
""",
        "cons": """\
- The slowest and usually the most expensive route
- Courses often lag behind the tools used in industry, and few cover ML Ops directly
- Theory-heavy programs can leave gaps in production engineering
- Hard to combine with a full-time job unless studied part-time or online
""",
        "steps": [
            {
                "title": "Choose a program and electives",
                "description": (
                    "Compare programs by their machine learning, systems and cloud courses and by their links with "
                    "employers for internships, not by reputation alone."
                ),
            },
            {
                "title": "Pass the core courses",
                "description": (
                    "Complete the core courses in programming, data structures, databases, operating systems, "
                    "statistics and linear algebra."
                ),
            },
            {
                "title": "Take machine learning and systems electives",
                "description": (
                    "Take at least one course in machine learning and one in distributed systems or cloud computing."
                ),
            },
            {
                "title": "Complete an internship",
                "description": (
                    "Spend a summer on a real engineering or data team, ideally one that deploys and operates "
                    "software in production."
                ),
            },
            {
                "title": "Deploy your final project",
                "description": (
                    "Make your capstone or thesis project a working system: a model with a training pipeline, a "
                    "container, an API and monitoring, with the code public on GitHub."
                ),
            },
            {
                "title": "Graduate and apply",
                "description": (
                    "Finish the degree and apply for entry-level roles in ML engineering, data engineering, DevOps or "
                    "software engineering."
                ),
            },
        ],
        "skills": ["machine-learning", "programming-python", "data-engineering", "problem-solving", "communication"],
    },
    {
        "name": "Online Courses and Certifications",
        "slug": "online-courses-certifications",
        "summary": (
            "Online courses let you learn specific ML Ops skills flexibly and cheaply, and vendor certification "
            "exams let you prove them to employers."
        ),
        "body": """\
Online learning is the most flexible way to build or top up ML Ops skills. Platforms such as Coursera, edX and \
Udacity host courses from universities and companies; free courses such as Made With ML, Full Stack Deep \
Learning and DataTalksClub's MLOps Zoomcamp cover the ML Ops workflow from start to finish; and cloud providers \
and open-source foundations publish their own training.

Certifications are different from courses. They are proctored exams set by a vendor or foundation, such as the \
Google Cloud Professional Machine Learning Engineer or the Certified Kubernetes Administrator, and they show an \
employer that you know a particular platform to a recognized standard. They do not replace hands-on experience, \
and they count for more with some employers (consultancies, cloud partners, large enterprises) than with others.

The catch is discipline. Without deadlines it is easy to drift from course to course without finishing any, so \
choose courses with projects, study on a fixed schedule, and build something of your own alongside every course.
""",
        "suits": """\
- Working professionals adding ML Ops skills without leaving their job
- Software, DevOps and data engineers filling specific gaps
- Data scientists learning deployment and infrastructure
- Self-motivated learners on a tight budget
""",
        "duration_min_months": 1,
        "duration_max_months": 12,
        "duration_note": (
            "a single course takes weeks; a study plan with a certification or two, several months part-time"
        ),
        "cost_min_usd": 0,
        "cost_max_usd": 2000,
        "cost_note": (
            "many courses are free or free to audit; paid certificates, subscriptions and exam fees vary by "
            "provider and add up"
        ),
        "format": "online",
        "credential": "Course certificates, and vendor certifications for the exams you pass",
        "pros": """\
- Flexible: study around work and family
- Free or cheap; you pay only for the certificates and exams you want
- Current: courses and exams follow today's tools and cloud services
- Certifications are recognized, comparable evidence of platform knowledge
""",
        "cons": """\
- Needs self-discipline; it is easy to start many courses and finish none
- Watching videos is not building, and knowledge fades without practice
- Certificates of completion carry little weight on their own
- Vendor certifications expire, must be renewed, and tie you to one platform
""",
        "steps": [
            {
                "title": "Assess your gaps",
                "description": (
                    "Rate yourself against each skill's levels in this guide and pick the two or three weakest "
                    "skills that matter most for the jobs you want."
                ),
            },
            {
                "title": "Complete a machine learning foundations course",
                "description": (
                    "If you are new to machine learning, finish one introductory course with exercises, such as "
                    "Google's Machine Learning Crash Course."
                ),
            },
            {
                "title": "Complete an end-to-end ML Ops course",
                "description": (
                    "Work through a course that covers the whole lifecycle, such as Made With ML or the MLOps "
                    "Zoomcamp, doing every assignment rather than only watching."
                ),
            },
            {
                "title": "Rebuild the course project your own way",
                "description": (
                    "Repeat the course's final project on a dataset you choose, without following the instructions "
                    "step by step."
                ),
            },
            {
                "title": "Pass one certification",
                "description": (
                    "Prepare for and pass one certification that matches the jobs you want, such as a cloud "
                    "provider's machine learning certification or the CKAD."
                ),
            },
            {
                "title": "Show your work",
                "description": (
                    "Publish the project on GitHub with a clear README, and list the certification on your résumé and "
                    "professional profiles."
                ),
            },
        ],
        "skills": [
            "machine-learning",
            "programming-python",
            "data-engineering",
            "devops-ci-cd",
            "cloud-platforms",
            "containers-orchestration",
            "adaptability",
        ],
    },
    {
        "name": "Bootcamps",
        "slug": "bootcamps",
        "summary": (
            "Intensive, structured programs lasting a few months that teach practical data, machine learning or "
            "DevOps skills through projects, with mentoring and career support."
        ),
        "body": """\
A bootcamp squeezes training into a short, intensive program, typically a few months full-time or longer \
part-time. Bootcamps concentrate on practical skills and portfolio projects, and many add career coaching, mock \
interviews and introductions to employers.

Bootcamps dedicated to ML Ops are rare. Most programs relevant to this career teach data science, machine \
learning engineering, data engineering, or DevOps and cloud. Choose by the side you need to strengthen: a DevOps \
and cloud bootcamp if you come from data science, a machine learning engineering bootcamp if you come from \
software.

Quality varies widely and the industry is lightly regulated. Before you pay, read the full syllabus, ask to speak \
to recent graduates, ask how the program measures its graduates' outcomes, and read the refund and financing \
terms carefully, especially for income share agreements.
""",
        "suits": """\
- Career changers who can commit several months to intensive study
- Professionals in a neighboring role who want to retrain quickly, with structure
- Learners who do their best work with deadlines, instructors and a cohort
""",
        "duration_min_months": 3,
        "duration_max_months": 12,
        "duration_note": "usually three to six months full-time; part-time programs take longer",
        "cost_min_usd": 2000,
        "cost_max_usd": 20000,
        "cost_note": (
            "typical tuition for commercial programs; some are free through employer or government funding, and "
            "financing terms vary"
        ),
        "format": "hybrid",
        "credential": "Certificate of completion",
        "pros": """\
- Fast, and focused on practical, job-ready skills
- Structure, deadlines and a cohort keep you moving
- Portfolio projects and career support
- Instructors and mentors to ask when you are stuck
""",
        "cons": """\
- Expensive for the time spent, and quality varies widely between providers
- Full-time programs are hard to combine with a job
- Too short to cover the depth of machine learning and infrastructure that ML Ops needs; expect to keep learning
- Some employers give a bootcamp certificate less weight than a degree or a vendor certification
""",
        "steps": [
            {
                "title": "Compare programs",
                "description": (
                    "Shortlist bootcamps whose syllabus covers the side you lack (machine learning, or DevOps and "
                    "cloud), and compare cost, schedule and refund terms."
                ),
            },
            {
                "title": "Talk to recent graduates",
                "description": (
                    "Ask two or three recent graduates about the teaching, the workload and what happened after "
                    "they finished."
                ),
            },
            {
                "title": "Finish the pre-work",
                "description": "Complete the preparation material on Python, Git and the command line before day one.",
            },
            {
                "title": "Complete the core curriculum",
                "description": "Attend the sessions, finish every assignment and ask for feedback on your code.",
            },
            {
                "title": "Deliver a capstone project",
                "description": (
                    "Build and present a final project that deploys a model with automation and monitoring, not "
                    "just a notebook."
                ),
            },
            {
                "title": "Use the career support",
                "description": (
                    "Polish your résumé and portfolio with the career services team, practice interviews and start "
                    "applying."
                ),
            },
        ],
        "skills": [
            "machine-learning",
            "programming-python",
            "devops-ci-cd",
            "cloud-platforms",
            "containers-orchestration",
            "problem-solving",
        ],
    },
    {
        "name": "Internships and Entry-Level Positions",
        "slug": "internships-entry-level",
        "summary": (
            "Learning on the job in an internship or a junior role in data, software or operations, then growing "
            "into ML Ops from inside a team."
        ),
        "body": """\
Experience of running real systems is what employers value most in ML Ops, and the surest way to get it is to be \
paid for it. Few companies hire ML Ops engineers straight out of education, so most people start in a \
neighboring role and move across: junior software engineer, data engineer, data analyst, DevOps or site \
reliability engineer, cloud support engineer or data scientist.

Internships are a lower-risk way in, during a degree or, through apprenticeships and returnships, later in \
life. Once you are inside, volunteer for work that touches models: deployment scripts, pipeline maintenance, \
monitoring, or the on-call rotation for a model service. Tell your manager that you want to move toward ML Ops; \
moves between teams inside a company are common and often easier than being hired from outside.
""",
        "suits": """\
- Students and recent graduates
- Career changers who can get a foot in the door in a related role
- Anyone who learns best by doing real work with real consequences
""",
        "duration_min_months": 3,
        "duration_max_months": 24,
        "duration_note": (
            "internships last a few months; expect a year or two in a neighboring role before moving fully into ML Ops"
        ),
        "cost_min_usd": 0,
        "cost_max_usd": 0,
        "cost_note": "you are paid rather than paying; check that an internship is paid before accepting it",
        "format": "on_the_job",
        "credential": "Work experience and references",
        "pros": """\
- Real production experience, the thing employers most want to see
- You are paid while you learn
- Colleagues to learn from, and code review on real systems
- References and contacts inside the industry
""",
        "cons": """\
- Competitive, especially without experience or a degree
- The role may not touch machine learning at first; moving across takes initiative and patience
- What you learn depends heavily on your team and manager
- Less time and energy left over for structured study
""",
        "steps": [
            {
                "title": "Target neighboring roles",
                "description": (
                    "List junior roles in data, software, DevOps or cloud at organizations that run machine learning "
                    "in production, and tailor your résumé to each."
                ),
            },
            {
                "title": "Land the role",
                "description": (
                    "Apply, practice technical interviews, and accept a position where you will work close to data "
                    "or infrastructure."
                ),
            },
            {
                "title": "Learn the production stack",
                "description": (
                    "In your first months, learn how your team builds, reviews, releases and monitors software."
                ),
            },
            {
                "title": "Volunteer for machine learning work",
                "description": (
                    "Offer to help with model deployment, pipeline maintenance or monitoring, and pair with the "
                    "people who own those systems."
                ),
            },
            {
                "title": "Own an improvement end to end",
                "description": (
                    "Deliver one improvement to a model's pipeline, deployment or monitoring, from design to "
                    "release, and write up what you did."
                ),
            },
            {
                "title": "Move into an ML Ops role",
                "description": (
                    "Use that track record to apply for an ML Ops or ML platform role, inside your company or "
                    "elsewhere."
                ),
            },
        ],
        "skills": [
            "programming-python",
            "data-engineering",
            "devops-ci-cd",
            "cloud-platforms",
            "containers-orchestration",
            "problem-solving",
            "communication",
            "attention-to-detail",
        ],
    },
    {
        "name": "Professional Development",
        "slug": "professional-development",
        "summary": (
            "Keeping your skills current through workshops, conferences, webinars, papers and case studies, for "
            "as long as you work in the field."
        ),
        "body": """\
Professional development is less a way in than a way to keep going. ML Ops tools and practices change every \
year, and the engineers who do well set aside regular time to learn.

The main sources are conference talks (many large conferences publish their recordings free online), webinars \
from vendors and communities, hands-on workshops, engineering blogs in which companies describe how they run \
machine learning in production, and research papers. A few papers and guides have shaped the field and are \
worth reading early, among them "Hidden Technical Debt in Machine Learning Systems" from NeurIPS 2015 and \
Google's "Rules of Machine Learning".

Many employers offer a training budget or time off for conferences, so ask. Where they do not, free recordings, \
documentation and open-source code cover most of what you need.
""",
        "suits": """\
- Working ML Ops engineers keeping their skills current
- Engineers in neighboring roles building ML Ops knowledge a little at a time
- Anyone preparing for a more senior or more specialized role
""",
        "duration_min_months": 12,
        "duration_max_months": None,
        "duration_note": "ongoing: a few hours a month for as long as you work in the field",
        "cost_min_usd": 0,
        "cost_max_usd": 5000,
        "cost_note": (
            "per year; papers, recordings and webinars are mostly free, while conference tickets and travel cost "
            "the most and are often paid by employers"
        ),
        "format": "hybrid",
        "credential": "None, though some workshops give a certificate of attendance",
        "pros": """\
- Keeps your skills in step with a fast-moving field
- Shows how other teams solve the problems you face
- Much of it is free, and much can be done in small slots of time
- Conferences and workshops double as networking
""",
        "cons": """\
- Easy to consume talks and papers without applying anything
- Conference travel is expensive without an employer's support
- Hard to judge quality; vendor talks can be sales pitches
- Competes for time with work and personal life
""",
        "steps": [
            {
                "title": "Set a learning routine",
                "description": (
                    "Block a fixed time each week or month for learning, and ask your manager whether there is a "
                    "training budget."
                ),
            },
            {
                "title": "Read the foundational papers",
                "description": (
                    'Read "Hidden Technical Debt in Machine Learning Systems" and Google\'s "Rules of Machine '
                    'Learning", and note what applies to your work.'
                ),
            },
            {
                "title": "Watch a conference's talks",
                "description": (
                    "Pick one conference, such as KubeCon + CloudNativeCon or MLOps World, and watch the recorded "
                    "talks that match your work."
                ),
            },
            {
                "title": "Attend a hands-on workshop",
                "description": "Take part in a workshop or lab, online or in person, on a tool you have not used yet.",
            },
            {
                "title": "Apply one idea at work",
                "description": (
                    "Turn something you learned into a change to your team's system, and check whether it helped."
                ),
            },
            {
                "title": "Share what you learned",
                "description": (
                    "Write a short post or give a talk to your team about what you learned and what you changed."
                ),
            },
        ],
        "skills": [
            "machine-learning",
            "devops-ci-cd",
            "cloud-platforms",
            "containers-orchestration",
            "communication",
            "adaptability",
        ],
    },
    {
        "name": "Networking",
        "slug": "networking",
        "summary": (
            "Building relationships with people who do ML Ops work, online and in person, to learn what the job "
            "is really like and to hear about opportunities."
        ),
        "body": """\
Jobs are often filled through recommendations, and much practical knowledge about ML Ops lives in people's heads \
rather than in courses. Networking is simply getting to know people in the field and being useful to them.

Good places to start are online communities such as the MLOps Community and DataTalksClub, the CNCF's Slack \
workspace, local meetups (PyData, Kubernetes and cloud user groups), conferences, LinkedIn and GitHub. The most \
effective networking rarely feels like networking: answer questions in a community, share what you built and \
what went wrong, contribute to an open-source project, or ask a thoughtful question after a talk.

Be specific and respectful when you reach out. A request for twenty minutes to hear how someone's team monitors \
its models gets far more replies than a request for help finding a job.
""",
        "suits": """\
- Everyone, at every stage, and especially career changers without contacts in the industry
- People in places or companies with few machine learning practitioners nearby
- Anyone about to look for a job
""",
        "duration_min_months": 6,
        "duration_max_months": None,
        "duration_note": "ongoing: relationships take months to build and last a career",
        "cost_min_usd": 0,
        "cost_max_usd": 2000,
        "cost_note": "per year; online communities and most meetups are free, and conference travel is the main cost",
        "format": "hybrid",
        "credential": "None",
        "pros": """\
- Inside knowledge of how teams really work and which skills they hire for
- Recommendations, and early word of openings
- Free or cheap
- Peers to learn with, and friends in the field
""",
        "cons": """\
- Slow: relationships take months to pay off
- Can feel uncomfortable, especially for introverts
- Easy to spend time socializing instead of building skills
- The results are unpredictable
""",
        "steps": [
            {
                "title": "Join two communities",
                "description": (
                    "Join two online communities, such as the MLOps Community and the CNCF Slack, and introduce "
                    "yourself."
                ),
            },
            {
                "title": "Update your public profiles",
                "description": (
                    "Make your LinkedIn and GitHub profiles say what you are learning, and link to your best project."
                ),
            },
            {
                "title": "Help someone in public",
                "description": (
                    "Answer a question in a community channel or forum, or share a short write-up of something you "
                    "built."
                ),
            },
            {
                "title": "Attend a meetup or conference",
                "description": (
                    "Go to a meetup or conference, online or in person, and talk to at least three people there."
                ),
            },
            {
                "title": "Hold three conversations with practitioners",
                "description": (
                    "Ask three people who do ML Ops work for a short call about their job, prepare specific "
                    "questions, and thank them afterwards."
                ),
            },
            {
                "title": "Keep in touch",
                "description": (
                    "Follow up with the people you met, and share something useful with them every few months."
                ),
            },
        ],
        "skills": ["communication", "adaptability"],
    },
    {
        "name": "Personal Projects",
        "slug": "personal-projects",
        "summary": (
            "Building your own end-to-end machine learning systems, or contributing to open-source ML Ops tools, "
            "to gain practical experience and show employers what you can do."
        ),
        "body": """\
A personal project is the most direct evidence of ML Ops skill you can offer without a job in the field. \
Employers want to see that you can take a model from training to a monitored, automated service, and a \
well-documented repository shows exactly that.

The model itself can be simple; the engineering around it is the point. A good project trains a model with a \
reproducible pipeline, tracks experiments, packages the model in a container, deploys it behind an API with \
CI/CD, monitors it, and retrains it when the data changes. Write a README that explains your design and its \
trade-offs. Keep cloud costs low with free tiers or a Kubernetes cluster on your laptop, and shut everything down \
when you are done.

Contributing to an open-source ML Ops project, such as MLflow, Kubeflow, DVC, Feast or Evidently, is an \
excellent alternative or addition. Start with documentation fixes and issues marked as good for newcomers. You \
will learn how mature projects are built and reviewed, and your contributions are public.
""",
        "suits": """\
- Career changers who need evidence of their skills
- Students who want practical experience beyond coursework
- Working engineers trying tools their employer does not use
- Anyone who learns best by building
""",
        "duration_min_months": 1,
        "duration_max_months": 6,
        "duration_note": "per project, part-time; many engineers always have one in progress",
        "cost_min_usd": 0,
        "cost_max_usd": 500,
        "cost_note": ("mostly free with local tools and cloud free tiers; set a budget alert before using cloud GPUs"),
        "format": "self_directed",
        "credential": "A public portfolio",
        "pros": """\
- Shows employers real work they can inspect
- Teaches the integration problems that courses skip
- Free or cheap, and entirely on your own schedule
- Open-source contributions build a reputation and contacts
""",
        "cons": """\
- Nobody checks your work unless you ask for a review
- Easy to take on too much and never finish
- Small datasets and no real traffic hide some production problems
- Cloud costs can surprise you if you forget to shut resources down
""",
        "steps": [
            {
                "title": "Pick a problem and a dataset",
                "description": (
                    "Choose a small, well-defined prediction problem with a public dataset that is updated "
                    "regularly, so your model has new data to face."
                ),
            },
            {
                "title": "Build a reproducible training pipeline",
                "description": (
                    "Write training as a pipeline with versioned data, tracked experiments and pinned dependencies "
                    "that anyone can rerun."
                ),
            },
            {
                "title": "Serve the model",
                "description": (
                    "Package the model in a container behind an API and deploy it to a cloud service or a small "
                    "Kubernetes cluster."
                ),
            },
            {
                "title": "Automate with CI/CD",
                "description": (
                    "Add a pipeline that tests the code, validates the data, checks model quality and deploys "
                    "automatically when every check passes."
                ),
            },
            {
                "title": "Monitor and retrain",
                "description": (
                    "Track response times, errors and drift in the input data on a dashboard, and retrain "
                    "automatically when drift crosses a threshold."
                ),
            },
            {
                "title": "Document and publish",
                "description": (
                    "Write a README with an architecture diagram, your design decisions and known limitations, and "
                    "share the project."
                ),
            },
            {
                "title": "Contribute to an open-source ML Ops tool",
                "description": (
                    "Get a pull request merged into a tool you used, starting with documentation or an issue "
                    "marked as good for newcomers."
                ),
            },
        ],
        "skills": [
            "machine-learning",
            "programming-python",
            "data-engineering",
            "devops-ci-cd",
            "cloud-platforms",
            "containers-orchestration",
            "problem-solving",
            "attention-to-detail",
        ],
    },
    {
        "name": "Mentoring",
        "slug": "mentoring",
        "summary": (
            "Learning faster with guidance from an experienced practitioner, and later mentoring others to deepen "
            "your own understanding."
        ),
        "body": """\
A mentor is an experienced person who meets you regularly to share advice, look over your work and help you make \
decisions. For a newcomer to ML Ops, a good mentor can tell you which of the many tools to ignore for now, review \
a project with a practitioner's eye, explain how hiring works at their company and help you avoid common \
mistakes.

You can find mentors inside your employer (many companies run mentoring programs), through communities such as the \
MLOps Community and DataTalksClub, at meetups and conferences, and in open-source projects. Make it easy for \
them: be clear about what you want, bring specific questions, act on their advice and tell them how it went.

Mentoring runs both ways. Once you have some experience, mentoring someone newer is one of the best ways to \
consolidate what you know, practice explaining it, and give back to the community that helped you.
""",
        "suits": """\
- Newcomers overwhelmed by the number of tools and routes
- Career changers without colleagues in the field
- Engineers facing a decision, such as a job offer or a specialization
- Experienced engineers ready to give back
""",
        "duration_min_months": 6,
        "duration_max_months": None,
        "duration_note": "ongoing: typically a meeting every few weeks, for months or years",
        "cost_min_usd": 0,
        "cost_max_usd": 1000,
        "cost_note": "usually free; paid mentoring services exist and charge per session or per month",
        "format": "hybrid",
        "credential": "None",
        "pros": """\
- Personal advice and faster feedback
- Helps you focus on what matters and skip dead ends
- Introductions to people and opportunities
- Mentoring others deepens your own understanding
""",
        "cons": """\
- A good match can take time to find
- Depends on someone else's time and goodwill
- One person's advice reflects one person's experience; check it against others
- Paid mentoring varies widely in quality
""",
        "steps": [
            {
                "title": "Decide what you want help with",
                "description": (
                    "Write down two or three specific goals, such as a review of your project or preparation for "
                    "interviews."
                ),
            },
            {
                "title": "Find a mentor",
                "description": (
                    "Ask through your employer's mentoring program, a community such as the MLOps Community, or "
                    "someone whose work you admire."
                ),
            },
            {
                "title": "Agree how you will work together",
                "description": (
                    "Agree how often you will meet, for how long, and how you will share work between meetings."
                ),
            },
            {
                "title": "Meet regularly and act on the advice",
                "description": (
                    "Bring specific questions to each meeting, do what you agreed, and report back on the results."
                ),
            },
            {
                "title": "Review your progress",
                "description": (
                    "After a few months, review your goals together against the skill levels in this guide, and set "
                    "new goals or close the arrangement."
                ),
            },
            {
                "title": "Mentor someone newer",
                "description": (
                    "Once you have a year or so of experience, offer to mentor a newcomer at work or in a community."
                ),
            },
        ],
        "skills": ["problem-solving", "communication", "adaptability"],
    },
]
