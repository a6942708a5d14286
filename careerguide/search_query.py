"""Full-text search over the SearchDocument index: parsing, synonyms, the two databases, snippets.

How a query is read (the same on both databases, so both give the same results):
1. Control characters go, the query is cut to SEARCH_MAX_QUERY_LENGTH, and split into words (runs of
   letters and digits); English stop words ("the", "to", "how") go, as PostgreSQL's english
   configuration drops them from the index anyway.
2. Known abbreviations and synonyms (SYNONYMS) are found, longest first ("ml ops" before "ml"): each
   becomes one term that any of its forms satisfies, e.g. k8s -> kubernetes | k8s | kube.
3. Every term must match (AND), as a stemmed word or phrase ("deploying" finds "deployment"); a word of three
   letters or more also as a prefix ("kube" finds "kubeflow", "certification" finds "certified").
   Words are matched whole: "CKA" never matches "package".
4. Ranking: PostgreSQL's ts_rank over a weighted vector (title A, keywords B, summary C, body D);
   SQLite's FTS5 bm25 with the same order of weights (10, 4, 2, 1). Ties go to the guide's own order.
5. Nothing found: close matches by trigram similarity of the words to titles (pg_trgm's
   word_similarity on PostgreSQL; the same trigram measure in Python over the titles on SQLite), so a
   typo such as "kubernets" still finds Kubernetes.

A search is one query (two when nothing matched), however much content there is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import reduce
from operator import add

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import Case, F, FloatField, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from careerguide.models import SearchDocument, SearchKind
from careerguide.search_index import MATCH_END, MATCH_START
from careerguide.search_sql import FTS_TABLE

SEARCH_MAX_QUERY_LENGTH = 200
SEARCH_MAX_TERMS = 8
SEARCH_MAX_RESULTS = 20
SNIPPET_WORDS = 28
PREFIX_MIN_LENGTH = 3
# Share of a word's trigrams a title word must have for a close match (pg_trgm's default for <% is 0.6).
CLOSE_MATCH_THRESHOLD = 0.5
CLOSE_MATCH_RESULTS = 10

# Rank multipliers: a guide page about the thing (a skill, a topic) before a link elsewhere about it.
KIND_BOOST = {
    SearchKind.SKILL: 3.0,
    SearchKind.TOPIC: 2.0,
    SearchKind.PATHWAY: 1.5,
    SearchKind.FAQ: 1.5,
    SearchKind.STEP: 1.0,
    SearchKind.RESOURCE: 1.0,
}
CLOSE_MATCH_MIN_LENGTH = 4  # shorter words have too many neighbours to guess from

# Forms an ML Ops reader uses for the same thing. Each row is one group; a form of several words is
# a phrase (the words in a row; typed in a row, they name the group). Lower case, stop words as written.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("kubernetes", "k8s", "kube"),
    ("cka", "certified kubernetes administrator"),
    ("ckad", "certified kubernetes application developer"),
    ("cks", "certified kubernetes security specialist"),
    ("kcna", "kubernetes and cloud native associate"),
    ("kcsa", "kubernetes and cloud native security associate"),
    ("iac", "infrastructure as code"),
    ("ci/cd", "ci cd", "cicd", "continuous integration", "continuous delivery", "continuous deployment"),
    ("ci", "continuous integration"),
    ("cd", "continuous delivery", "continuous deployment"),
    ("llmops", "llm ops", "large language model operations"),
    ("mlops", "ml ops", "machine learning operations"),
    ("devops", "dev ops"),
    ("llm", "llms", "large language model"),
    ("ml", "machine learning"),
    ("ai", "artificial intelligence"),
    ("genai", "generative ai"),
    ("rag", "retrieval augmented generation"),
    ("nlp", "natural language processing"),
    ("gcp", "google cloud"),
    ("gke", "google kubernetes engine"),
    ("aws", "amazon web services"),
    ("eks", "elastic kubernetes service"),
    ("aks", "azure kubernetes service"),
    ("azure", "microsoft azure"),
    ("sre", "site reliability engineering", "site reliability engineer"),
    ("iam", "identity and access management"),
    ("gpu", "gpus", "graphics processing unit"),
    ("sql", "structured query language"),
    ("k8s operator", "kubernetes operator"),
    ("docker", "containers", "container"),
)

# PostgreSQL's english stop words (Snowball's list): PostgreSQL leaves them out of the index.
STOP_WORDS = frozenset(
    [
        "i",
        "me",
        "my",
        "myself",
        "we",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "it",
        "its",
        "itself",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
        "what",
        "which",
        "who",
        "whom",
        "this",
        "that",
        "these",
        "those",
        "am",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "doing",
        "a",
        "an",
        "the",
        "and",
        "but",
        "if",
        "or",
        "because",
        "as",
        "until",
        "while",
        "of",
        "at",
        "by",
        "for",
        "with",
        "about",
        "against",
        "between",
        "into",
        "through",
        "during",
        "before",
        "after",
        "above",
        "below",
        "to",
        "from",
        "up",
        "down",
        "in",
        "out",
        "on",
        "off",
        "over",
        "under",
        "again",
        "further",
        "then",
        "once",
        "here",
        "there",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "no",
        "nor",
        "not",
        "only",
        "own",
        "same",
        "so",
        "than",
        "too",
        "very",
        "s",
        "t",
        "can",
        "will",
        "just",
        "don",
        "should",
        "now",
    ]
)

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Term:
    """One thing the query asks for: any of its forms, each a word or a phrase (its words in a row)."""

    forms: tuple[tuple[str, ...], ...]
    prefix: str = ""  # the word the reader typed, matched as a prefix too when long enough


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    context: str
    snippet: SafeString

    @property
    def kind_label(self) -> str:
        return SearchKind(self.kind).label


@dataclass
class Results:
    query: str
    terms: list[Term] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    close_matches: bool = False  # the hits are close matches for a query that found nothing
    more: bool = False  # there were more than SEARCH_MAX_RESULTS

    @property
    def total(self) -> int:
        return len(self.hits)


# 1 and 2: reading the query


def clean(query: str) -> str:
    """The query as we show it: no control characters (NUL above all: PostgreSQL refuses it), capped."""
    cleaned = "".join(ch for ch in query[: SEARCH_MAX_QUERY_LENGTH * 4] if unicodedata.category(ch)[0] != "C")
    cleaned = " ".join(cleaned.split())
    if len(cleaned) > SEARCH_MAX_QUERY_LENGTH:
        cut = cleaned[:SEARCH_MAX_QUERY_LENGTH]
        # Never search for the half of a word the cap cut off.
        cleaned = cut.rsplit(" ", 1)[0] if cleaned[SEARCH_MAX_QUERY_LENGTH] != " " and " " in cut else cut
    return cleaned.strip()


def _groups() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    groups: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for row in SYNONYMS:
        forms = tuple(tuple(form.split()) for form in row)
        for form in forms:
            groups.setdefault(form, forms)
    return groups


SYNONYM_GROUPS = _groups()
LONGEST_FORM = max(len(form) for form in SYNONYM_GROUPS)


def terms_of(cleaned: str) -> list[Term]:
    words = [word.casefold() for word in _WORD.findall(cleaned)]
    terms: list[Term] = []
    index = 0
    while index < len(words) and len(terms) < SEARCH_MAX_TERMS:
        for length in range(min(LONGEST_FORM, len(words) - index), 0, -1):
            span = tuple(words[index : index + length])
            if span in SYNONYM_GROUPS:
                term = Term(forms=SYNONYM_GROUPS[span], prefix=span[0] if length == 1 else "")
                index += length
                break
        else:
            word = words[index]
            index += 1
            if word in STOP_WORDS or (len(word) == 1 and not word.isdigit()):
                continue
            term = Term(forms=((word,),), prefix=word)
        if term not in terms:
            terms.append(term)
    return terms


def _prefixed(term: Term) -> bool:
    return len(term.prefix) >= PREFIX_MIN_LENGTH


# 3 and 4: the two databases


def search(query: str) -> Results:
    results = Results(query=clean(query))
    results.terms = terms_of(results.query)
    if not results.terms:
        return results
    rows = _postgres_search(results.terms) if connection.vendor == "postgresql" else _sqlite_search(results.terms)
    if not rows:
        rows = _close_matches(results.terms)
        results.close_matches = bool(rows)
    results.more = len(rows) > SEARCH_MAX_RESULTS
    results.hits = [
        Hit(kind=kind, title=title, url=url, context=context, snippet=highlighted(snippet))
        for kind, title, url, context, snippet in rows[:SEARCH_MAX_RESULTS]
    ]
    return results


def postgres_tsquery(terms: list[Term]) -> str:
    """to_tsquery text: only words of letters and digits reach it, each quoted."""

    def form_sql(form: tuple[str, ...], prefix: bool) -> str:
        # A quoted run of words is a phrase; PostgreSQL allows for the stop words it left out.
        return f"'{' '.join(form)}'" + (":*" if prefix else "")

    parts = []
    for term in terms:
        forms = [form_sql(form, _prefixed(term) and form == (term.prefix,)) for form in term.forms]
        parts.append("(" + " | ".join(f"({form})" for form in forms) + ")")
    return " & ".join(parts)


def _postgres_search(terms: list[Term]) -> list[tuple]:
    query = SearchQuery(postgres_tsquery(terms), search_type="raw", config="english")
    vector = RawSQL("careerguide_searchdocument.vector", [], output_field=SearchVectorField())
    headline_options = {
        "start_sel": MATCH_START,
        "stop_sel": MATCH_END,
        "max_words": SNIPPET_WORDS,
        "min_words": SNIPPET_WORDS // 2,
        "max_fragments": 1,
    }
    return list(
        SearchDocument.objects.alias(document_vector=vector)
        .filter(document_vector=query)
        .annotate(
            rank=SearchRank(vector, query) * _kind_boost(),
            snippet=SearchHeadline(
                Concat(F("summary"), Value(" "), F("body"), output_field=TextField()),
                query,
                config="english",
                **headline_options,
            ),
        )
        .order_by("-rank", "kind", "order", "title")
        .values_list("kind", "title", "url", "context", "snippet")[: SEARCH_MAX_RESULTS + 1]
    )


def _kind_boost() -> Case:
    return Case(
        *(When(kind=kind, then=Value(boost)) for kind, boost in KIND_BOOST.items()),
        default=Value(1.0),
        output_field=FloatField(),
    )


def fts5_query(terms: list[Term]) -> str:
    """An FTS5 MATCH expression: every word quoted, so no word is ever read as an operator."""

    def word_sql(word: str, prefix: bool) -> str:
        return '"' + word.replace('"', '""') + '"' + ("*" if prefix else "")

    parts = []
    for term in terms:
        forms = [word_sql(" ".join(form), _prefixed(term) and form == (term.prefix,)) for form in term.forms]
        parts.append("(" + " OR ".join(forms) + ")")
    return " AND ".join(parts)


# bm25 is negative, better when lower: multiplying by the boost moves a page up as ts_rank's product does.
# Only constants are formatted into the SQL; the query itself is a parameter.
_SQLITE_BOOST = " ".join(f"WHEN '{kind.value}' THEN {boost}" for kind, boost in KIND_BOOST.items())
_FTS5_SEARCH = f"""
    SELECT d.kind, d.title, d.url, d.context,
           snippet({FTS_TABLE}, 3, %s, %s, ' … ', {SNIPPET_WORDS}) AS body_snippet,
           snippet({FTS_TABLE}, 2, %s, %s, ' … ', {SNIPPET_WORDS}) AS summary_snippet
    FROM {FTS_TABLE} JOIN careerguide_searchdocument d ON d.id = {FTS_TABLE}.rowid
    WHERE {FTS_TABLE} MATCH %s
    ORDER BY bm25({FTS_TABLE}, 10.0, 4.0, 2.0, 1.0) * CASE d.kind {_SQLITE_BOOST} ELSE 1.0 END,
             d.kind, d."order", d.title
    LIMIT %s
"""  # noqa: S608  # nosec B608


def _sqlite_search(terms: list[Term]) -> list[tuple]:
    marks = [MATCH_START, MATCH_END]
    with connection.cursor() as cursor:
        cursor.execute(_FTS5_SEARCH, [*marks, *marks, fts5_query(terms), SEARCH_MAX_RESULTS + 1])
        rows = cursor.fetchall()
    # The summary's snippet unless only the body shows a match (as PostgreSQL's headline over both).
    return [
        (kind, title, url, context, summary if MATCH_START in summary or MATCH_START not in body else body)
        for kind, title, url, context, body, summary in rows
    ]


# 5: close matches


def _trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one word: lower case, two spaces before and one after."""
    padded = f"  {word.casefold()} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def word_similarity(word: str, text: str) -> float:
    """The share of word's trigrams found in the closest word of text (like pg_trgm's word_similarity)."""
    wanted = _trigrams(word)
    best = 0
    for candidate in _WORD.findall(text):
        best = max(best, len(wanted & _trigrams(candidate)))
    return best / len(wanted)


def _close_matches(terms: list[Term]) -> list[tuple]:
    """Titles with a word close to each word of the query (every word must have one), closest first."""
    words = [term.prefix for term in terms if len(term.prefix) >= CLOSE_MATCH_MIN_LENGTH]
    if not words:
        return []
    if connection.vendor == "postgresql":
        similarities = {
            f"similarity_{index}": TrigramWordSimilarity(Value(word), "title") for index, word in enumerate(words)
        }
        rows = (
            SearchDocument.objects.annotate(**similarities)
            .filter(**{f"{name}__gte": CLOSE_MATCH_THRESHOLD for name in similarities})
            .annotate(score=reduce(add, (F(name) for name in similarities)))
            .order_by("-score", "kind", "order", "title")
            .values_list("kind", "title", "url", "context", "summary")[:CLOSE_MATCH_RESULTS]
        )
        return [(kind, title, url, context, _leading_words(summary)) for kind, title, url, context, summary in rows]
    documents = SearchDocument.objects.values_list("kind", "title", "url", "context", "summary", "order")
    scored = []
    for kind, title, url, context, summary, order in documents:
        similarities = [word_similarity(word, title) for word in words]
        if min(similarities) >= CLOSE_MATCH_THRESHOLD:
            scored.append((-sum(similarities), kind, order, title, url, context, summary))
    scored.sort()
    return [
        (kind, title, url, context, _leading_words(summary))
        for _, kind, _, title, url, context, summary in scored[:CLOSE_MATCH_RESULTS]
    ]


def _leading_words(text: str) -> str:
    words = text.split()
    return " ".join(words[:SNIPPET_WORDS]) + (" …" if len(words) > SNIPPET_WORDS else "")


# Snippets


def highlighted(snippet: str) -> SafeString:
    """The database's snippet as HTML: every character escaped, the matches (between our markers) in <mark>."""
    parts = []
    for index, chunk in enumerate(snippet.split(MATCH_START)):
        matched, _, rest = chunk.partition(MATCH_END) if index else ("", "", chunk)
        if matched:
            parts.append(("<mark>{}</mark>", matched))
        rest = rest.replace(MATCH_END, "")  # a stray end marker (a snippet cut inside a match)
        if rest:
            parts.append(("{}", rest))
    return format_html_join("", "{}", ((format_html(template, text),) for template, text in parts))
