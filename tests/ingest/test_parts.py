"""One contract for argkg's components (`Component`) and one view of their results (`Parts`)."""

from dataclasses import fields, replace

import pytest
import spacy
from spacy.language import Language

from argkg.errors import InputError
from argkg.ingest.component import Component
from argkg.ingest.parts import EXTENSIONS, Parts, extension, filled, keep, parts_of
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.positions import find_issues
from argkg.schema import Lang

TEXT = "Should cities ban cars?\nPro: Cars pollute. Data show 30% more smog.\nCon: A ban would hurt shops."


def _components(nlp: Language) -> list[Component]:
    found = [pipe for _, pipe in nlp.pipeline]
    assert all(isinstance(pipe, Component) for pipe in found)
    return [pipe for pipe in found if isinstance(pipe, Component)]


@pytest.mark.parametrize("lang", [Lang.ZH, Lang.EN])
def test_every_component_is_built_the_same_way_for_the_pipelines_language(lang: Lang) -> None:
    nlp = build_nlp(lang)
    components = _components(nlp)
    assert [c.name for c in components] == nlp.pipe_names
    assert {c.lang for c in components} == {lang}


def test_each_part_is_written_by_exactly_one_component_and_read_only_after_it() -> None:
    written: list[str] = []
    for component in _components(build_nlp(Lang.EN)):
        assert set(component.requires) <= set(written), component.name
        written += component.assigns
    assert sorted(written) == sorted(EXTENSIONS)


def test_spacy_sees_what_each_component_assigns_and_requires() -> None:
    nlp = build_nlp(Lang.EN)
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values())
    meta = nlp.get_pipe_meta("argkg_conclusions")
    assert meta.assigns == ["doc._.argkg_conclusions", "doc._.argkg_views", "doc._.argkg_caveats"]
    assert "doc._.argkg_positions" in meta.requires
    assert "token.is_sent_start" in nlp.get_pipe_meta("argkg_sentences").assigns


def test_a_components_language_can_be_set_and_must_be_one_argkg_reads() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("argkg_entities", config={"lang": "zh"})
    (component,) = _components(nlp)
    assert component.lang is Lang.ZH
    with pytest.raises(InputError, match="'fr'"):
        spacy.blank("fr").add_pipe("argkg_layout")


def test_the_view_of_a_doc_holds_every_part_the_pipeline_wrote() -> None:
    doc = build_nlp(Lang.EN)(TEXT)
    parts = parts_of(doc, Lang.EN)
    assert parts.text == TEXT and parts.lang is Lang.EN
    assert len(parts.tokens) == len(doc)
    assert len(parts.sents) == len(list(doc.sents))
    for part in EXTENSIONS:
        assert getattr(parts, part) is doc._.get(extension(part))
    assert parts.issues and parts.claims and parts.numbers


def test_a_doc_without_results_reads_as_empty_parts() -> None:
    parts = parts_of(spacy.blank("en")("Cars pollute."), Lang.EN)
    assert all(getattr(parts, part) == [] for part in EXTENSIONS)
    assert parts.sents == []


def test_a_stage_function_takes_one_parts_object_built_without_spacy() -> None:
    doc = build_nlp(Lang.EN)(TEXT)
    by_hand = Parts(
        TEXT,
        Lang.EN,
        blocks=doc._.argkg_blocks,
        sections=doc._.argkg_sections,
        sentences=doc._.argkg_sentences,
        dialectic=doc._.argkg_dialectic,
    )
    assert [i.proposition for i in find_issues(by_hand)] == ["cities should ban cars"]
    assert [i.proposition for i in doc._.argkg_issues] == ["cities should ban cars"]


def test_parts_are_frozen_and_name_an_unknown_part() -> None:
    parts = Parts("x", Lang.EN)
    with pytest.raises(AttributeError):
        parts.text = "y"  # type: ignore[misc]
    with pytest.raises(KeyError, match="claim"):
        extension("claim")
    assert [f.name for f in fields(Parts)][:4] == ["text", "lang", "tokens", "sents"]


def test_filled_parts_are_what_replace_gives_and_stay_frozen() -> None:
    doc = build_nlp(Lang.EN)(TEXT)
    parts = parts_of(doc, Lang.EN)
    assert parts == replace(parts) and repr(parts) == repr(replace(parts))
    claims = parts.claims[:1]
    changed = filled(parts, claims=claims, conditionals=[])
    assert changed == replace(parts, claims=claims, conditionals=[])
    assert changed.claims is claims and parts.claims is doc._.argkg_claims
    with pytest.raises(AttributeError):
        changed.claims = []  # type: ignore[misc]
    with pytest.raises(TypeError, match=r"no field claim$"):
        filled(parts, claim=[])


def test_keep_writes_what_the_doc_extension_reads() -> None:
    nlp = spacy.blank("en")
    doc = nlp.make_doc("A made-up line.")
    found = filled(parts_of(doc, Lang.EN), claims=["a claim"], caveats=["a caveat"])
    keep(doc, found, ("claims",))
    assert doc._.get(extension("claims")) == ["a claim"]
    assert doc._.get(extension("caveats")) is None  # only the parts named are written
    assert parts_of(doc, Lang.EN).claims == ["a claim"]
    with pytest.raises(KeyError):
        keep(doc, found, ("text",))
