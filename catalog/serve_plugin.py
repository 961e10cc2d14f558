"""The Datasette plugin of the catalogue's website (``catalog serve``).

:mod:`catalog.serve` copies this file into the site's ``plugins/`` folder, so it imports
nothing from the catalog package: ``datasette publish`` runs it wherever the site goes.
It gives each site a page with its citations, other names and history (the ``sites`` row
page, through the template ``row-catalog-sites.html``), and makes ``/catalog/sites/<site_id>``
lead there: Datasette keys rows by ``fid``, while citations and aliases link by ``site_id``.
Every value reaches the page through Jinja's autoescaping.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import Response

DATABASE = "catalog"

_CITATIONS = """
select c.citation_id, c.quote, c.supports, c.note, c.source_id, src.title, src.publisher,
       src.published, src.url
from citations c join sources src on src.source_id = c.source_id
where c.site_id = :site_id
order by src.published is null, src.published, c.fid
"""


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    if view_name != "row" or database != DATABASE or table != "sites" or request is None:
        return {}

    async def inner():
        db = datasette.get_database(DATABASE)
        fid = request.url_vars.get("pks", "")
        site = (await db.execute("select site_id, name from sites where fid = :fid",
                                 {"fid": fid})).first()
        if site is None:
            return {"site_citations": [], "site_aliases": [], "site_history": []}
        params = {"site_id": site["site_id"]}
        cites = await db.execute(_CITATIONS, params)
        aliases = await db.execute(
            "select alias, system from aliases where site_id = :site_id order by fid", params)
        history = await db.execute(
            "select changed_at, field, old_value, new_value, source_id, note "
            "from site_history where site_id = :site_id order by fid", params)
        return {"site_id": site["site_id"], "site_name": site["name"],
                "site_citations": [dict(r) for r in cites.rows],
                "site_aliases": [dict(r) for r in aliases.rows],
                "site_history": [dict(r) for r in history.rows]}

    return inner


async def site_by_id(datasette, request):
    """``/catalog/sites/kp-sakkanmol``: the page of the site with that site_id."""
    db = datasette.get_database(DATABASE)
    row = (await db.execute("select fid from sites where site_id = :site_id",
                            {"site_id": request.url_vars["site_id"]})).first()
    if row is None:
        return Response.text(f"no site {request.url_vars['site_id']!r}", status=404)
    return Response.redirect(datasette.urls.row(DATABASE, "sites", str(row["fid"])))


@hookimpl
def register_routes():
    # a site_id has a letter before any dot; a row's fid is digits (and "1.json" stays
    # Datasette's)
    return [(rf"^/{DATABASE}/sites/(?P<site_id>[0-9]*[a-z_:-][a-z0-9._:-]*)$", site_by_id)]
