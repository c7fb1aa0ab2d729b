"""The sociale kaart: example gemeenten load, broken files are refused with the file and the field,
opening hours (with Dutch public holidays) decide handover vs call back."""
import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml

from bot import sociale_kaart as sk
from bot.office_hours import TZ

GEMEENTEN = Path(sk.__file__).with_name("gemeenten")


@pytest.fixture
def kaart_dir(tmp_path, monkeypatch):
    """A copy of the example kaarten that a test may break."""
    target = tmp_path / "kaart"
    shutil.copytree(GEMEENTEN, target)
    monkeypatch.setenv("VRAAGBAAK_SOCIALE_KAART_DIR", str(target))
    sk._load_dir.cache_clear()
    yield target
    sk._load_dir.cache_clear()


def _edit(path: Path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_the_two_example_gemeenten_load_and_differ_in_poh_jeugd():
    kaarten = sk.all_gemeenten()
    assert {"voorbeeldstad", "rivierdal"} <= set(kaarten)
    assert kaarten["voorbeeldstad"].poh_jeugd == "alle_praktijken"
    assert kaarten["rivierdal"].poh_jeugd == "geen" and kaarten["rivierdal"].poh_alternatief.naam
    for g in kaarten.values():
        assert g.huisartsenpost.telefoon and set(g.diensten) >= set(sk.SERVICES)


def test_the_default_gemeente_comes_from_the_environment(kaart_dir, monkeypatch):
    monkeypatch.setenv("VRAAGBAAK_GEMEENTE", "rivierdal")
    assert sk.get().id == "rivierdal"
    assert sk.get("voorbeeldstad").id == "voorbeeldstad"
    assert sk.get("bestaat-niet").id == "rivierdal"  # an unknown id from a web page falls back to the default
    monkeypatch.setenv("VRAAGBAAK_GEMEENTE", "nergenshuizen")
    with pytest.raises(sk.SocialeKaartError, match="VRAAGBAAK_GEMEENTE.*nergenshuizen"):
        sk.validate_all()


def test_adding_a_gemeente_needs_no_code(kaart_dir):
    new = kaart_dir / "heuvelrug.yml"
    shutil.copy(kaart_dir / "rivierdal.yml", new)
    _edit(new, lambda d: d.update(id="heuvelrug", naam="Heuvelrug"))
    assert "heuvelrug" in sk.validate_all()
    assert sk.get("heuvelrug").naam == "Heuvelrug"


BROKEN = [
    ("voorbeeldstad.yml", lambda d: d["vraagbaak"].pop("openingstijden"), "vraagbaak.openingstijden"),
    ("voorbeeldstad.yml", lambda d: d["vraagbaak"]["openingstijden"].update(ma="8.30-17"), "vraagbaak.openingstijden.ma"),
    ("voorbeeldstad.yml", lambda d: d["vraagbaak"]["openingstijden"].update(di="17:00-08:30"), "vraagbaak.openingstijden.di"),
    ("voorbeeldstad.yml", lambda d: d["vraagbaak"]["openingstijden"].update(maandag="08:30-17:00"), "vraagbaak.openingstijden.maandag"),
    ("voorbeeldstad.yml", lambda d: d["diensten"]["wijkteam"].update(telefoon="bel ons"), "diensten.wijkteam.telefoon"),
    ("voorbeeldstad.yml", lambda d: d["diensten"]["jgz"].update(email="jgz-at-gemeente"), "diensten.jgz.email"),
    ("voorbeeldstad.yml", lambda d: d["diensten"].pop("voorveld"), "diensten.voorveld"),
    ("voorbeeldstad.yml", lambda d: d["diensten"]["wijkteam"].pop("naam"), "diensten.wijkteam.naam"),
    ("voorbeeldstad.yml", lambda d: d["huisartsenpost"].pop("telefoon"), "huisartsenpost.telefoon"),
    ("voorbeeldstad.yml", lambda d: d["poh_jeugd"].update(beschikbaar="soms"), "poh_jeugd.beschikbaar"),
    ("voorbeeldstad.yml", lambda d: d["vraagbaak"].update(terugbellen_werkdagen=0), "vraagbaak.terugbellen_werkdagen"),
    ("voorbeeldstad.yml", lambda d: d.update(id="andere-stad"), "id"),
    ("rivierdal.yml", lambda d: d["poh_jeugd"].pop("alternatief"), "poh_jeugd.alternatief"),
    ("rivierdal.yml", lambda d: d["vraagbaak"].update(telefoon=1234567890), "vraagbaak.telefoon"),
]


@pytest.mark.parametrize("file, change, field", BROKEN, ids=[b[2] for b in BROKEN])
def test_a_broken_file_names_the_file_and_the_field(kaart_dir, file, change, field):
    _edit(kaart_dir / file, change)
    with pytest.raises(sk.SocialeKaartError) as error:
        sk.validate_all()
    message = str(error.value)
    assert message.startswith(str(kaart_dir / file) + ": " + field + ":"), message


@pytest.mark.parametrize("content, where", [
    (b"id: voorbeeldstad\nnaam: [kapot\n", "regel"),
    (b"\xff\xfe\x00binary\x00", "(bestand)"),
    (b"- gewoon\n- een lijst\n", "(bestand)"),
])
def test_unreadable_files_are_refused_clearly(kaart_dir, content, where):
    (kaart_dir / "voorbeeldstad.yml").write_bytes(content)
    with pytest.raises(sk.SocialeKaartError, match=f"voorbeeldstad.yml: {where.replace('(', '[(]').replace(')', '[)]')}"):
        sk.validate_all()


def test_an_empty_directory_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("VRAAGBAAK_SOCIALE_KAART_DIR", str(tmp_path))
    sk._load_dir.cache_clear()
    with pytest.raises(sk.SocialeKaartError, match="geen sociale kaart"):
        sk.validate_all()
    sk._load_dir.cache_clear()


def at(*args):
    return dt.datetime(*args, tzinfo=TZ)


def test_opening_hours_come_from_the_kaart_and_holidays_are_closed():
    stad, dal = sk.get("voorbeeldstad"), sk.get("rivierdal")
    assert stad.is_open(at(2026, 11, 25, 14, 0))          # Wednesday afternoon
    assert not dal.is_open(at(2026, 11, 25, 14, 0))       # Rivierdal closes Wednesdays at 12:30
    assert not stad.is_open(at(2026, 11, 23, 8, 29)) and stad.is_open(at(2026, 11, 23, 8, 30))
    assert not stad.is_open(at(2026, 11, 23, 17, 0))
    assert not stad.is_open(at(2026, 11, 28, 11, 0))      # Saturday
    assert not stad.is_open(at(2026, 12, 25, 11, 0))      # Eerste Kerstdag (a Friday)
    assert not stad.is_open(at(2027, 4, 27, 11, 0))       # Koningsdag (a Tuesday)
    assert not stad.is_open(at(2027, 3, 29, 11, 0))       # Tweede Paasdag


def test_call_back_terms_count_working_days_and_skip_holidays():
    stad = sk.get("voorbeeldstad")
    # Thursday 24 December 2026, 10:00: the next working days are 24 Dec and then Monday 28 Dec
    assert stad.working_days_after(at(2026, 12, 24, 10, 0), 1) == at(2026, 12, 24, 17, 0)
    assert stad.working_days_after(at(2026, 12, 24, 10, 0), 2) == at(2026, 12, 28, 17, 0)
    # too late in the day to promise today: the first working day is the next one
    assert stad.working_days_after(at(2026, 11, 23, 15, 30), 1) == at(2026, 11, 24, 17, 0)
    # Friday evening: Monday
    assert stad.working_days_after(at(2026, 11, 27, 20, 0), 1) == at(2026, 11, 30, 17, 0)
    assert stad.next_opening(at(2026, 11, 27, 20, 0)) == at(2026, 11, 30, 8, 30)
