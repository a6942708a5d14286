"""Factories for test data. Content is published unless a test says otherwise."""

import factory
from django.contrib.auth import get_user_model

from careerguide.models import Career, CareerSkill, FAQEntry, Resource, ResourceKind, TopicResource
from core.content import Status
from pathways.models import Pathway, PathwayFormat, PathwayStep
from skills.models import Skill, SkillKind, Topic


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.django.Password("correct horse battery staple")


class CareerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Career

    name = factory.Sequence(lambda n: f"Career {n}")
    slug = factory.Sequence(lambda n: f"career-{n}")
    summary = "What this career is about."
    introduction = "An introduction."
    role_description = "What the role does."
    conclusion = "A conclusion."
    status = Status.PUBLISHED


class SkillFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Skill

    name = factory.Sequence(lambda n: f"Skill {n}")
    slug = factory.Sequence(lambda n: f"skill-{n}")
    kind = SkillKind.TECHNICAL
    summary = "A skill worth having."
    body = "What the skill is."
    status = Status.PUBLISHED
    rubric_level_0 = "Never heard of it."
    rubric_level_4 = "Teaches it to others."


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    skill = factory.SubFactory(SkillFactory)
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    summary = "A thing to learn."
    body = "What it is, why it matters and what knowing it looks like."
    tools = "Docker\nKubernetes"
    hours = 6
    order = factory.Sequence(lambda n: n)
    status = Status.PUBLISHED


class CareerSkillFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CareerSkill

    career = factory.SubFactory(CareerFactory)
    skill = factory.SubFactory(SkillFactory)
    target_level = 3


class PathwayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pathway
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Pathway {n}")
    slug = factory.Sequence(lambda n: f"pathway-{n}")
    summary = "A way into the field."
    body = "How it works."
    format = PathwayFormat.ONLINE
    duration_min_months = 3
    duration_max_months = 6
    cost_min_usd = 0
    cost_max_usd = 500
    credential = "Certificate"
    status = Status.PUBLISHED

    @factory.post_generation
    def careers(self, create, extracted, **kwargs):
        if create and extracted:
            self.careers.add(*extracted)


class PathwayStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PathwayStep

    pathway = factory.SubFactory(PathwayFactory)
    title = factory.Sequence(lambda n: f"Step {n}")
    order = factory.Sequence(lambda n: n)


class FAQEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FAQEntry

    career = factory.SubFactory(CareerFactory)
    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = "An answer."
    status = Status.PUBLISHED


class ResourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resource

    title = factory.Sequence(lambda n: f"Resource {n}")
    url = factory.Sequence(lambda n: f"https://example.com/resource/{n}")
    kind = ResourceKind.BOOK
    provider = "A publisher"
    is_free = False
    status = Status.PUBLISHED


class TopicResourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TopicResource

    topic = factory.SubFactory(TopicFactory)
    resource = factory.SubFactory(ResourceFactory)
    start_here = False
