"""The facts a report gives about one site, and where they put it.

Given the statements of place tied to a site (:mod:`catalog.ingest.locations`), decide its
location, precision, method and uncertainty, honestly:

- coordinates the source publishes win: ``exact``, method ``published by source``, with an
  uncertainty covering the stated digits and the facility's extent; the other statements
  are checked against them;
- otherwise every statement is a region and the site sits at the centre of the smallest
  circle holding their intersection (:func:`catalog.constraints.locate`): ``approximate``,
  method ``derived from source text``, that circle's radius as uncertainty;
- a site named after a place and nothing more is placed at the place with the radius a
  facility named after a town really needs (:func:`~catalog.ingest.locations.named_after_radius_m`),
  method ``gazetteer``; an air base named like one airfield of the report's countries, or a
  nuclear plant like one power plant, at its listed point with the few kilometres such a
  facility spans (:func:`listed_fact`);
- statements that disagree (published points that do not overlap included), and impossible
  coordinates, leave the site where it was and go to review with the reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from ..airfields import airfield_named, airfield_radius_m, military
from ..constraints import Area, Band, ConflictError, Disc, distance_m, locate
from ..gazetteer import Place
from ..power_plants import OTHER_PLANT_M, PLANT_M, names_a_plant, plant_named
from .locations import (
    CITY_POPULATION,
    LOOSE_NEAR_WORDS,
    Anchor,
    Fact,
    Statement,
    named_after_radius_m,
)

#: How far a site's namesake may lie from a bigger city a writer says the site is "near"
#: and that "near" be a loose word (see :func:`_loose_near`).
FAR_NEAR_M = 300_000.0


@dataclass
class Placement:
    """Where the facts put a site, and which of them did."""

    lon: float
    lat: float
    radius_m: float
    precision: str  # "exact" or "approximate"
    method: str  # "published by source", "derived from source text" or "gazetteer"
    used: list[Fact] = field(default_factory=list)
    named_after: Anchor | None = None
    notes: list[str] = field(default_factory=list)


def named_after_fact(anchor: Anchor, sentence: tuple[int, int], facility_type: str = "other"
                     ) -> Fact:
    """The region a facility named after a place is in: within
    :func:`~catalog.ingest.locations.named_after_radius_m` of the place (plus the place's
    own extent)."""
    r = named_after_radius_m(facility_type) + anchor.radius_m
    st = Statement("named-after", 0, 0, anchor.label)
    return Fact(st, sentence, Disc(anchor.lon, anchor.lat, r), anchor=anchor,
                country=anchor.country,
                note=(f"Named after {anchor.label} at {anchor.lat:.4f} N, {anchor.lon:.4f} E: "
                      f"a facility named after a place can stand up to "
                      f"{r / 1000:.0f} km from it."))


#: The datasets of facilities a site may be named like, by place id prefix: what they list.
LISTED = {"airportsdata": "airfield", "geonucleardata": "nuclear power plant"}


#: How far a village a listed facility is named after may lie from its listed point and
#: still be the village it stands beside (the listed point then wrong by as much).
BESIDE_M = 30_000.0


def listed_fact(listed: Place, radius_m: float, sentence: tuple[int, int],
                town: Anchor | None = None) -> Fact:
    """The region of the facility of a public dataset a site's name names (an airfield,
    :func:`catalog.airfields.airfield_named`; a power plant,
    :func:`catalog.power_plants.plant_named`): within ``radius_m`` of its listed point; wider,
    when the place the site is named after lies farther from it, to hold that place too
    ("Kleine Brogel Air Base" is listed 15 km from the village of Kleine-Brogel, beside which
    it stands); a village of the name farther than :data:`BESIDE_M` is another one (the
    Akkuyu plant is listed on the coast of Mersin, the gazetteer's village Akkuyu lies
    200 km east, in Adana)."""
    gap = distance_m(listed.lon, listed.lat, town.lon, town.lat) if town is not None else 0.0
    r = gap + radius_m if radius_m < gap <= BESIDE_M else radius_m
    anchor = Anchor(f"{listed.name} ({listed.place_id})", listed.lon, listed.lat, 0.0, listed,
                    country=listed.country)
    st = Statement("named-after", 0, 0, listed.name)
    what = LISTED[listed.place_id.split(":")[0]]
    return Fact(st, sentence, Disc(listed.lon, listed.lat, r), anchor=anchor,
                country=listed.country,
                note=(f"Named like the {what} {listed.name} ({listed.place_id}) at "
                      f"{listed.lat:.4f} N, {listed.lon:.4f} E: the site stands within "
                      f"{r / 1000:.0f} km of its listed point."))


#: The country an armed service's acronym before a name says ("RMAF Butterworth",
#: "HMAS Stirling", "INS Hansa"): where its airfield is looked for first.
SERVICE_COUNTRY = {"RAF": "GB", "RAAF": "AU", "RMAF": "MY", "RNZAF": "NZ", "RCAF": "CA",
                    "CFB": "CA", "SLAF": "LK", "HMAS": "AU", "HMNB": "GB", "INS": "IN",
                    "PNS": "PK", "PAF": "PK", "RTAFB": "TH", "RNAS": "GB", "BNS": "BD",
                    "SLNS": "LK", "NNS": "NG", "RAFO": "OM", "HMCS": "CA", "HMNZS": "NZ"}
#: ... of those whose stations have all stood at home (not the RAF's "RAF Akrotiri", the
#: RAAF's "RAAF Butterworth" or Canada's "CFB Lahr"): a place abroad bearing the name is
#: not where the site is ("PNS Mehran" in Karachi, not at Mehran in Iran)
HOME_SERVICES = {k: cc for k, cc in SERVICE_COUNTRY.items()
                 if k not in ("RAF", "RAAF", "RNZAF", "RCAF", "CFB", "HMNB", "RNAS")}


def listed_as(kind: str, site_name: str, names: list[str], facts: list[Fact],
              report_countries: list[str]) -> tuple[Place, float] | None:
    """The facility of a public dataset a site of type ``kind`` and these ``names`` is
    named like, and how far from its point the site may be: an airfield for an air base
    (or a base of no known kind, by a military field or its airport's name), a power
    plant for a nuclear site; or ``None``."""
    names = list(dict.fromkeys(names))
    if (served := SERVICE_COUNTRY.get(site_name.split()[0])) and served not in report_countries:
        report_countries = [served, *report_countries]  # "RMAF Butterworth": Malaysia's
    if kind in ("airbase", "other"):
        field = _named_in(airfield_named, names, facts, report_countries,
                          anywhere=lambda name, field:
                          military(name) and military(field.name))
        if field is not None and (r := airfield_radius_m(
                site_name, field, kind)) is not None:
            return field, r
    if kind in ("nuclear", "other") and (plant := _named_in(
            plant_named, names, facts, report_countries,
            anywhere=lambda name, _: names_a_plant(name))):
        # "Hinkley Point B station", of no known kind, is the plant of that name
        return plant, PLANT_M if kind == "nuclear" else OTHER_PLANT_M
    return None


def _named_in(lookup, names: list[str], facts: list[Fact], report_countries: list[str],
              anywhere=None):
    """The one entry ``lookup(name, countries)`` gives for a site's names: in the
    country its statements put it in, else in the report's countries, else anywhere if
    ``anywhere(name, entry)`` (both names call an airfield military: a fictional or
    unlisted "Kestrel Air Base" is not the Kestrel airstrip of another country; the
    name calls the site a power plant); or ``None``."""
    own = list(dict.fromkeys(x.country for x in facts if x.country and not x.problem))
    for countries in (own, report_countries, None):
        if countries == [] or countries is None and anywhere is None:
            continue
        for name in names:
            found = lookup(name, countries)
            if found is not None and (countries or anywhere(name, found)):
                return found
        if countries is own:
            return None  # the report says which country: not a namesake elsewhere
    return None


def place(facts: list[Fact], named_after: Fact | None = None, countries: Sequence[str] = (),
          named_in: Collection[tuple[int, int]] = ()) -> tuple[Placement | None, list[str]]:
    """The placement the facts give, and the problems found on the way.

    Parameters
    ----------
    facts
        Resolved facts about one site (problems included: they are reported, not used).
    named_after
        The region of the place the site is named after, if it has a unique one.
    countries
        The countries the report names (ISO alpha-2): of statements that disagree, the
        one measured from a place in another country is the one left out.
    named_in
        The sentences (spans) that name the site: a point one of them gives is its own,
        even far from a listed field it is named like ("Scott Base, on Ross Island at
        77°51′S 166°46′E" is not the Scott Air Force Base of the airfields' list).

    Returns
    -------
    tuple
        ``(placement or None, problems)``, each problem ``(reason, sentence span or None)``.
    """
    problems = [(f.problem, f.sentence) for f in facts if f.problem]
    points = [f for f in facts if f.point is not None and not f.problem]
    regions = [f for f in facts if f.constraint is not None and not f.problem]
    if points and named_after is not None and is_listed(named_after):
        d = named_after.constraint
        far = [f for f in points if distance_m(d.lon, d.lat, f.point[0], f.point[1])
               > d.radius_m + f.point[2] + FAR_FROM_LISTED_M and f.sentence not in named_in]
        if len(far) < len(points) and any(f.sentence in named_in for f in points) and \
                all(distance_m(d.lon, d.lat, f.point[0], f.point[1])
                    > d.radius_m + f.point[2] + FAR_FROM_LISTED_M
                    for f in points if f.sentence in named_in):
            # the site's own point, far from the listed field: that field is a namesake
            problems.append((f"the listed {named_after.anchor.label} lies far from the "
                             "point the sentence naming the site gives: another field of "
                             "that name, left out", None))
            named_after = None
        for f in far:
            # "D01 - Diego Garcia ... hosted B-2 bombers from Whiteman Air Force Base,
            # Missouri. The ... position of the airfield is 43M BM 1415 9079": a point far
            # from the listed field the site is named like is another place's
            problems.append((f"{f.statement.words!r} lies far from the listed point of "
                             f"{named_after.anchor.label}: another place's, left out",
                             f.sentence))
        points = [f for f in points if f not in far]
    if points:
        best = min(points, key=lambda f: f.point[2])
        lon, lat, radius = best.point
        p = Placement(lon, lat, radius, "exact", "published by source", [best])
        clash = False
        for f in points:
            if f is best:
                continue
            gap = distance_m(lon, lat, f.point[0], f.point[1])
            if gap <= radius + f.point[2]:
                p.used.append(f)
            else:
                clash = True
                problems.append((f"the report gives two points {gap / 1000:.1f} km apart: "
                                 f"{best.statement.words!r} and {f.statement.words!r}",
                                 f.sentence))
        if not clash and not any(f.sentence in named_in for f in points) and (own := [
                f for f in regions if f.sentence in named_in and not holds(f, lon, lat)]):
            # "Tinian International Airport, about 3 km north of San Jose ... Farallon de
            # Medinilla, a small uninhabited island at 16°01′N 146°04′E": a point no sentence
            # naming the site gives, against what the sentence naming it says, is another
            # place's (one the report makes no site of)
            problems.append((f"{best.statement.words!r}, in a sentence that does not name "
                             f"the site, disagrees with {own[0].statement.words!r}, in one "
                             "that does: another place's point, left out", best.sentence))
            return _from_regions(regions, named_after, problems, countries)
        if not clash and best.statement.extra.get("after_last") and \
                named_after is not None and isinstance(d := named_after.constraint, Disc) and \
                distance_m(d.lon, d.lat, lon, lat) > d.radius_m + radius + FAR_FROM_LISTED_M:
            # "Tamanrasset Air Base is listed with no coordinates ... Should we add In
            # Amenas? ... Position is N28°03.1′ E9°38.6′": a point that a sentence naming
            # no site gives after the site's (see .writing's "after_last"), far from the
            # place the site is named after, is another place's
            problems.append((f"{best.statement.words!r}, in a sentence that does not name "
                             f"the site, lies far from {named_after.anchor.label}, which "
                             "the site is named after: another place's point, left out",
                             best.sentence))
            # (nor is the place it is named after put forward: one of the two is wrong)
            return _from_regions(regions, None, problems, countries)
        if not clash:
            return _checked(p, best, regions, problems)
        # One of them is another site's (a caption of the figure before, a table's next
        # row): which, the text does not say. No point is put forward as this site's with
        # the few metres its digits claim; the other statements place it, or review does.
    return _from_regions(regions, named_after, problems, countries)


def _checked(p: Placement, best: Fact, regions: list[Fact], problems: list
             ) -> tuple[Placement, list]:
    """A published point's placement, the statements that hold at it used, the others
    sent to review."""
    for f in regions:
        if holds(f, p.lon, p.lat):
            p.used.append(f)
        else:
            problems.append((f"{f.statement.words!r} disagrees with the published "
                             f"coordinates {best.statement.words!r}", f.sentence))
    return p, problems


def _from_regions(regions: list[Fact], named_after: Fact | None, problems: list,
                  countries: Sequence[str] = ()) -> tuple[Placement | None, list]:
    """The centre of the smallest circle holding the statements' regions (and the place the
    site is named after, when they allow it)."""
    if not regions and named_after is None:
        return None, problems
    if named_after is not None and len(regions) >= 2 and disagree(regions):
        # "Niš Air Base, ..., about 4 km west-north-west of the centre of Niš" and "near
        # Kraljevo" (a sentence on another base, named in no way ingest read): of statements
        # that disagree, the only one whose leaving out lets the rest hold at the place the
        # site is named after is the odd one (before a province that leaves out a listed
        # plant: "in North Rhine-Westphalia" of another store, "6 km south of Lingen")
        # (the rest must say more than the namesake: "the submarine base at Rybachiy, on
        # Kamchatka" has "at Rybachiy", the gazetteer's Rybachy on the Baltic, and the
        # peninsula; leaving the peninsula out would keep only the name's own guess)
        fits = [f for f in regions if not disagree(
            [g for g in regions if g is not f] + [named_after]) and any(
            not _of_the_namesake(g, named_after) for g in regions if g is not f)]
        if len(fits) == 1:
            problems.append((f"{fits[0].statement.words!r} disagrees with the site's other "
                             f"statements, which hold at {named_after.anchor.label}, the "
                             "place it is named after: it was left out", fits[0].sentence))
            return _from_regions([f for f in regions if f is not fits[0]], named_after,
                                 problems, countries)
    loose = _loose_near(regions, named_after)
    if loose is not None:
        problems.append((f"{loose.statement.words!r} disagrees with the place the site is "
                         f"named after, {named_after.anchor.label}, a smaller place than "
                         f"{loose.anchor.label}: a writer's 'near' a better-known city, left "
                         "out", loose.sentence))
        return _from_regions([f for f in regions if f is not loose], named_after, problems,
                             countries)
    if named_after is not None and (outside := next(
            (f for f in regions if isinstance(f.constraint, Area)
             and not f.constraint.contains(named_after.anchor.lon, named_after.anchor.lat)
             # (but a launch centre or a test site stands far from its city, maybe in the
             # next province: "Jiuquan Satellite Launch Center ... in Inner Mongolia")
             and not (_far_from_its_namesake(named_after) and not disagree([f, named_after]))),
            None)) is not None:
        # "the Akkuyu plant in Mersin province", the gazetteer's one Akkuyu in Adana: a
        # namesake outside the province or country the report puts the site in is not the
        # place it is named after (the site keeps what the report says)
        problems.append((f"{named_after.anchor.label} lies outside "
                         f"{outside.statement.words!r}: not the place the site is named "
                         "after", None))
        # (nor is "at Rybachiy", the same namesake, a statement of where it is)
        regions = [f for f in regions if not _of_the_namesake(f, named_after)] or regions
        named_after = None
    if named_after is not None and not is_listed(named_after) and (outside := next(
            (f for f in regions if f.statement.kind == "distance"
             and not holds(f, named_after.anchor.lon, named_after.anchor.lat)), None)) \
            is not None:
        # "The Jianshui garrison, about 160 km south of Kunming", where the gazetteer's one
        # Jianshui lies 175 km west-south-west of Kunming: the distance says where the site
        # is, and a namesake outside it is not the place it is named after
        problems.append((f"{named_after.anchor.label} lies outside "
                         f"{outside.statement.words!r}: not the place the site is named "
                         "after", None))
        named_after = None
    tries = [regions + [named_after]] if named_after is not None else []
    tries.append(regions)
    # "of Santa Barbara County" is read as a disc around the county seat, which a large
    # county overflows: the statements that say where the site is come first
    seats = [f for f in regions if _county_seat(f)]
    if seats and len(seats) < len(regions):
        rest = [f for f in regions if f not in seats]
        tries += [rest + [named_after], rest] if named_after is not None else [rest]
    for used in tries:
        if not used:
            continue
        try:
            est = locate([f.constraint for f in used])
        except ConflictError:
            continue
        for f in seats:
            if f not in used:
                problems.append((f"{f.statement.words!r}, read as a circle around the county "
                                 "seat, disagrees with the site's other statements: the "
                                 "county reaches farther, and the statement was left out",
                                 f.sentence))
        if named_after is not None and named_after not in used and is_listed(named_after) \
                and est.radius_m > VAGUE_M:
            # "Shin-Hanul Nuclear Power Plant ... The site is about 60 km from the North Korean
            # border": statements that leave the site anywhere in a wide circle do not move a
            # listed plant or airfield; those that disagree with its point go to review
            d = named_after.constraint
            for f in regions:
                if not holds(f, d.lon, d.lat):
                    problems.append((f"{f.statement.words!r} disagrees with the listed point "
                                     f"of {named_after.anchor.label}, and says less: it was "
                                     "left out", f.sentence))
            used, est = [named_after], d
        if named_after is not None and named_after in used and len(used) > 1 and \
                _not_narrowed(est, named_after.constraint):
            # "the Yongbyon reactor in North Korea": the country holds the whole circle
            # around the town, and the point is the town's, as if named after it alone
            used = [named_after]
            est = named_after.constraint
        only_name = used == [named_after]
        if only_name and is_listed(named_after):
            # "RAF Waddington ... lies about 7 km south of Lincoln": the airfield places it,
            # and the statements that hold there are cited with it
            used = [named_after] + [f for f in regions if holds(f, est.lon, est.lat)]
        p = Placement(est.lon, est.lat, est.radius_m, "approximate",
                      "gazetteer" if only_name else "derived from source text",
                      [f for f in used if f is not named_after],
                      named_after.anchor if named_after is not None and named_after in used
                      else None)
        if named_after is not None and named_after not in used:
            problems.append((f"the statements put the site farther from "
                             f"{named_after.anchor.label} than a site named after it usually "
                             "stands", None))
        return p, problems
    sized = [f for f in regions if f.by_size]
    if sized and len(sized) < len(regions) and \
            not disagree(rest := [f for f in regions if not f.by_size]):
        # "The Pameungpeuk rocket launch station, near Pameungpeuk ..., about 50 km south of
        # Garut": West Java's bigger Pameungpeuk, taken for its size alone, is not the one
        for f in sized:
            problems.append((f"{f.statement.words!r}, read at the biggest place of its name, "
                             "disagrees with the site's other statements: it was left out",
                             f.sentence))
        return _from_regions(rest, named_after, problems, countries)
    odd = _odd_one_out(regions, countries)
    if odd is not None:
        # "at Marka in eastern Amman, about 5 km north-east of downtown Amman" in a report
        # on Jordan: the gazetteer's one Marka is in Somalia; the statements but one agree,
        # and they place the site, the odd one goes to review
        others = "statement" if len(regions) == 2 else \
            "statements, which agree with each other"
        problems.append((f"{odd.statement.words!r} disagrees with the site's other "
                         f"{others}: it was left out", odd.sentence))
        return _from_regions([f for f in regions if f is not odd], None, problems)
    problems.append(("the statements about this site do not overlap anywhere: "
                     + "; ".join(repr(f.statement.words) for f in regions),
                     regions[0].sentence if regions else None))
    return None, problems


def _of_the_namesake(f: Fact, named_after: Fact) -> bool:
    """Whether a statement puts the site in the very place it is named after ("at
    Rybachiy" of the Rybachiy base): it says no more than the name."""
    return f.statement.kind == "in" and f.anchor is not None and \
        named_after.anchor is not None and f.anchor.label == named_after.anchor.label


def _loose_near(regions: list[Fact], named_after: Fact | None) -> Fact | None:
    """The one "near Y" that says less than the place the site is named after: Y, a
    city (:data:`~catalog.ingest.locations.CITY_POPULATION`) bigger than it, of the same
    country, lies farther from that namesake than "near" reaches, but within a drive ("the
    Natanz enrichment plant near Isfahan", 120 km; "the Plesetsk cosmodrome near
    Arkhangelsk", 205 km): a writer orients readers by a city better known. "The
    Zaporizhzhia plant near Enerhodar" names the plant after a bigger city, and "near" the
    smaller town is the precise word; "Linton Military Camp, near Palmerston North" tells
    which Linton (not the gazetteer's one in Australia); "near the town of Yasny" is no
    city's. None when there is none."""
    if named_after is None or is_listed(named_after) or not regions:
        return None
    town = named_after.anchor
    if town.place is None:
        return None
    loose = []
    for f in regions:
        city = f.anchor
        if f.statement.kind != "near" or f.statement.extra.get("how") not in \
                LOOSE_NEAR_WORDS or city is None or city.place is None or \
                city.country != town.country or \
                (city.place.population or 0) <= max(town.place.population or 0,
                                                    CITY_POPULATION - 1):
            continue
        gap = distance_m(town.lon, town.lat, city.lon, city.lat)
        if f.constraint.radius_m < gap <= FAR_NEAR_M and not disagree(
                [g for g in regions if g is not f] + [named_after]):
            loose.append(f)
    return loose[0] if len(loose) == 1 else None


def _foreign(f: Fact, regions: list[Fact]) -> bool:
    """Whether ``f`` puts the site in a country none of the other statements does."""
    mine = f.anchor.country if f.anchor is not None else f.country
    theirs = {g.anchor.country if g.anchor is not None else g.country
              for g in regions if g is not f} - {None}
    return mine is not None and bool(theirs) and mine not in theirs


def _far_from_its_namesake(named_after: Fact) -> bool:
    """Whether the site named after a place is of a kind that may stand far from it, in
    another province (see :data:`~catalog.ingest.locations.NAMED_AFTER_BY_TYPE_M`)."""
    return isinstance(named_after.constraint, Disc) and \
        named_after.constraint.radius_m > named_after_radius_m("other") + (
            named_after.anchor.radius_m if named_after.anchor is not None else 0.0)


def disagree(facts: list[Fact]) -> bool:
    """Whether the facts' regions overlap nowhere."""
    try:
        locate([f.constraint for f in facts])
    except ConflictError:
        return True
    return False


def _odd_one_out(regions: list[Fact], countries: Sequence[str]) -> Fact | None:
    """The one statement that disagrees with the others, which agree with each other:
    of three or more, the only one whose leaving out makes the rest agree, if it is measured
    from a place in a country none of the others is; of several
    such (two that disagree), the only one measured from a place outside ``countries``
    when the others are measured from places inside. ``None`` when the text does not
    say which."""
    if len(regions) < 2:
        return None
    odd = []
    times = Counter(f.constraint for f in regions)
    for f in regions:
        if times[f.constraint] > 1:
            continue  # a statement made twice is not the odd one: its twin stays
        try:
            locate([g.constraint for g in regions if g is not f])
        except ConflictError:
            continue
        odd.append(f)
    if len(odd) == 1 and len(regions) >= 3 and _foreign(odd[0], regions):
        # (of statements in one country, the majority may be another facility's: "Kerman
        # air base, about 12 km west of Kerman, and at Birjand Airport, some 5 km north-east
        # of the city of Birjand in South Khorasan province")
        return odd[0]
    lines = [f for f in odd if isinstance(f.constraint, Band) and f.anchor is None]
    if len(regions) >= 3 and len(lines) == 1 and all(
            f.anchor is not None for f in odd if f is not lines[0]):
        # "at Jubail on the Gulf coast, in the Eastern Province": the coast a guess took
        # for another country's, against a town and a province that agree (a town the
        # report names says more than whose coast it means)
        return lines[0]
    if len(regions) == 2 and len(lines) == 1 and regions[1 - regions.index(lines[0])].anchor:
        # "near the coast" (whose coast, the report's first country's, a guess) against
        # "12 km east-north-east of Qinhuangdao": the place measured from says more
        return lines[0]
    if len(regions) == 2 and len(odd) == 2 and (small := _small_town_against_a_measure(
            regions)) is not None:
        # "Base Aérea Militar No. 3 at El Ciprés, about 8 km south of Ensenada": the small
        # place the gazetteer has by that name is far from where the measure from a bigger
        # one puts the site, likely a namesake
        return small
    abroad = [f for f in odd if f.anchor is not None and f.anchor.country
              and f.anchor.country not in countries]
    home = [f for f in regions if f.anchor is not None and f.anchor.country in countries]
    if countries and len(abroad) == 1 and len(home) == len(regions) - 1:
        return abroad[0]
    return None


#: Fewer people than this make a place a village or a small town: a place a site is named
#: after, or said to be at, that may be a namesake of the one meant.
SMALL_PLACE_POPULATION = 10_000
#: How many people a place measured from must have for the measure to win over a small
#: place the site is said to be at, where the two disagree (see
#: :func:`_small_town_against_a_measure`).
MEASURED_FROM_POPULATION = 50_000


def _small_town_against_a_measure(regions: list[Fact]) -> Fact | None:
    """Of two statements that disagree, the one that puts the site at or in a small town
    (fewer than :data:`SMALL_PLACE_POPULATION` people, or none given), when the other
    measures a distance from a town of :data:`MEASURED_FROM_POPULATION` or more."""
    def people(f: Fact) -> int | None:
        place = f.anchor.place if f.anchor is not None else None
        if not isinstance(place, Place) or not (place.feature_code or "").upper().startswith(
                "PPL"):
            return None
        return place.population or 0

    a, b = regions
    for town, measure in ((a, b), (b, a)):
        n, m = people(town), people(measure)
        if town.statement.kind in ("in", "near") and measure.statement.kind == "distance" \
                and n is not None and n < SMALL_PLACE_POPULATION and m is not None \
                and m >= MEASURED_FROM_POPULATION:
            return town
    return None


def is_listed(f: Fact) -> bool:
    """Whether a fact is a listed facility the site is named like (see :func:`listed_fact`)."""
    return f.anchor is not None and f.anchor.place is not None and \
        f.anchor.place.place_id.split(":")[0] in LISTED


def _not_narrowed(est, disc: Disc) -> bool:
    """Whether the circle the statements leave is, but for the rounding of the polygons,
    the circle around the place the site is named after: they narrow nothing."""
    return est.radius_m >= disc.radius_m * (1 - NOT_NARROWED) and \
        distance_m(est.lon, est.lat, disc.lon, disc.lat) <= disc.radius_m * NOT_NARROWED


#: A published point this much farther from the listed airfield or plant a site is named
#: like than both their radii is another place's.
FAR_FROM_LISTED_M = 100_000.0
#: A circle wider than this is what vague statements leave ("about 60 km from the border",
#: "on the coast"): they do not move a listed facility's point.
VAGUE_M = 50_000.0
#: The share of its radius by which a circle may differ from another and be the same.
NOT_NARROWED = 1e-3


def _county_seat(f: Fact) -> bool:
    """Whether a fact is a county or district read as a disc around its seat."""
    st = f.statement
    return (st.kind == "admin" and (st.admin_word or "").lower() in ("county", "district", "gun")
            and isinstance(f.constraint, Disc))


def holds(f: Fact, lon: float, lat: float) -> bool:
    """Whether a point lies in a fact's region."""
    return f.constraint.contains(lon, lat)
