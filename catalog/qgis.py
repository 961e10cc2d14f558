"""QGIS extras inside the GeoPackage: default layer styles and an embedded QGIS project.

QGIS reads two tables of its own from a GeoPackage:

- ``layer_styles``: a QML style per layer; the row with ``useAsDefault=1`` is applied when
  the layer is loaded. ``sites`` is categorised by facility type, labelled with its name,
  and every layer gets readable field aliases.
- ``qgis_projects``: whole projects (``name``, ``metadata`` JSON, ``content`` = the .qgz
  zip as hex), opened with *Project > Open From > GeoPackage*. Ours holds every layer with
  its style, the relations citations→sites and citations→sources (QGIS before 3.28
  discovers none from foreign keys), and joins that put the site's name and the source's
  title beside each citation.

Facts measured with QGIS 3.22 (Debian 12) that the project must respect: layer ids must be
longer than 10 characters (shorter ones are replaced on load, breaking relations); a join's
field subset must list fields in the joined table's column order; layer paths are written
relative (``./catalog.gpkg|layername=sites``) so the project survives moving the file, which
is why it names the file and is rewritten when the file is renamed.

Nothing here needs QGIS, nor touches a file: these are builders (the XML, with the standard
library, and the rows of QGIS's tables) that the GeoPackage store writes
(:mod:`catalog.stores.gpkg_schema`).
"""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
import zipfile

from .files import read_zip_member
from .model import FACILITY_TYPES, TYPE_COLOURS

#: The QGIS version whose project format we write (Debian 12's, the oldest we support).
QGIS_VERSION = "3.22.16-Białowieża"
#: Name of the embedded project.
PROJECT_NAME = "catalogue"

#: Layers of the catalogue as the project shows them: (table, title, geometry column).
LAYERS = (
    ("sites", "Sites", "geom"),
    ("citations", "Citations", ""),
    ("sources", "Sources", ""),
    ("aliases", "Aliases", ""),
    ("site_citations", "Site citations (flat)", ""),
    ("site_history", "Site history", ""),
)

#: Field aliases (readable names) per layer.
FIELD_ALIASES = {
    "sites": {
        "site_id": "Site ID", "name": "Name", "name_local": "Local name",
        "facility_type": "Facility type", "country": "Country (ISO3)",
        "admin1": "Province / state", "status": "Status", "status_as_of": "Status as of",
        "location_precision": "Location precision", "precision_m": "Uncertainty radius (m)",
        "location_method": "Location method", "location_source_id": "Location source",
        "parent_site_id": "Part of site", "review_status": "Review status",
        "notes": "Notes", "updated_at": "Updated at",
    },
    "citations": {
        "citation_id": "Citation ID", "site_id": "Site ID", "source_id": "Source ID",
        "quote": "Quote", "supports": "Supports", "char_start": "Quote start (char)",
        "char_end": "Quote end (char)", "note": "Note",
    },
    "sources": {
        "source_id": "Source ID", "title": "Title", "authors": "Authors (JSON list)",
        "publisher": "Publisher", "published": "Published", "url": "URL",
        "accessed": "Accessed", "kind": "Kind", "content_hash": "Content hash",
        "notes": "Notes",
    },
    "aliases": {
        "site_id": "Site ID", "alias": "Alias", "system": "Romanization / system",
        "match_key": "Matching key",
    },
    "site_citations": {
        "citation_id": "Citation ID", "site_id": "Site ID", "site_name": "Site",
        "source_id": "Source ID", "source_title": "Source", "source_publisher": "Publisher",
        "source_published": "Published", "quote": "Quote", "supports": "Supports",
    },
    "site_history": {
        "site_id": "Site ID", "changed_at": "Changed at", "field": "Field",
        "old_value": "Old value", "new_value": "New value", "source_id": "Source ID",
        "note": "Note",
    },
}

#: Joins in the project: (layer, target field, joined layer, joined field, prefix, fields).
#: Fields are in the joined table's column order (QGIS 3.22 misplaces values otherwise).
JOINS = (
    ("citations", "site_id", "sites", "site_id", "site_", ("name", "facility_type")),
    ("citations", "source_id", "sources", "source_id", "source_",
     ("title", "publisher", "published")),
)

#: Relations in the project: (id, name, referencing layer, field, referenced layer, field).
RELATIONS = (
    ("rel_citations_sites", "Citations of the site", "citations", "site_id", "sites",
     "site_id"),
    ("rel_citations_sources", "Citations from the source", "citations", "source_id",
     "sources", "source_id"),
)

_WGS84_WKT = (
    'GEOGCRS["WGS 84",DATUM["World Geodetic System 1984",ELLIPSOID["WGS 84",6378137,'
    '298.257223563,LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",'
    '0.0174532925199433]],CS[ellipsoidal,2],AXIS["geodetic latitude (Lat)",north,ORDER[1],'
    'ANGLEUNIT["degree",0.0174532925199433]],AXIS["geodetic longitude (Lon)",east,ORDER[2],'
    'ANGLEUNIT["degree",0.0174532925199433]],USAGE[SCOPE["Horizontal component of 3D '
    'system."],AREA["World."],BBOX[-90,-180,90,180]],ID["EPSG",4326]]'
)


def _rgba(hex_colour: str) -> str:
    h = hex_colour.lstrip("#")
    return ",".join(str(int(h[i:i + 2], 16)) for i in (0, 2, 4)) + ",255"


def layer_id(table: str) -> str:
    """The project's id for a layer: stable, and longer than 10 characters (see module doc)."""
    return f"catalog_{table}_layer"


# -- styles ---------------------------------------------------------------------------

def _option_map(parent: ET.Element, values: dict[str, str]) -> None:
    opts = ET.SubElement(parent, "Option", type="Map")
    for k, v in values.items():
        ET.SubElement(opts, "Option", name=k, type="QString", value=v)


def _marker_symbol(parent: ET.Element, name: str, colour: str) -> None:
    sym = ET.SubElement(parent, "symbol", type="marker", name=name, alpha="1",
                        clip_to_extent="1", force_rhr="0")
    layer = ET.SubElement(sym, "layer", {"class": "SimpleMarker", "enabled": "1",
                                         "locked": "0", "pass": "0"})
    _option_map(layer, {
        "color": _rgba(colour), "name": "circle", "outline_color": "35,35,35,255",
        "outline_style": "solid", "outline_width": "0.4", "outline_width_unit": "MM",
        "size": "3", "size_unit": "MM",
    })


def _style_elements(table: str) -> list[ET.Element]:
    """The children of a QML document (or of a project's ``maplayer``) for one layer."""
    out = []
    if table == "sites":
        renderer = ET.Element("renderer-v2", type="categorizedSymbol", attr="facility_type",
                              symbollevels="0", enableorderby="0", forceraster="0")
        cats = ET.SubElement(renderer, "categories")
        symbols = ET.SubElement(renderer, "symbols")
        colours = TYPE_COLOURS  # one palette for the web map and QGIS
        for i, t in enumerate(FACILITY_TYPES):
            ET.SubElement(cats, "category", symbol=str(i), value=t, label=t, render="true")
            _marker_symbol(symbols, str(i), colours[t])
        source = ET.SubElement(renderer, "source-symbol")
        _marker_symbol(source, "0", "#999999")
        out.append(renderer)
        labeling = ET.Element("labeling", type="simple")
        settings = ET.SubElement(labeling, "settings", calloutType="simple")
        ET.SubElement(settings, "text-style", fieldName="name", isExpression="0",
                      fontSize="9", fontSizeUnit="Point", textColor="0,0,0,255",
                      textOpacity="1", namedStyle="Regular")
        ET.SubElement(settings, "text-buffer", bufferDraw="1", bufferSize="1",
                      bufferSizeUnits="MM", bufferColor="255,255,255,255",
                      bufferOpacity="1")
        # placement 6 = "around point" for point layers; 1.5 mm away from the marker
        ET.SubElement(settings, "placement", placement="6", dist="1.5", distUnits="MM",
                      priority="5")
        ET.SubElement(settings, "rendering", obstacle="1", scaleVisibility="0",
                      drawLabels="1", fontLimitPixelSize="0")
        out.append(labeling)
    aliases = ET.Element("aliases")
    for i, (field, alias) in enumerate(FIELD_ALIASES.get(table, {}).items()):
        ET.SubElement(aliases, "alias", field=field, index=str(i), name=alias)
    out.append(aliases)
    return out


def style_qml(table: str) -> str:
    """The QML style document of one layer (what *Layer > Save Style* would write)."""
    root = ET.Element("qgis", version=QGIS_VERSION, styleCategories="AllStyleCategories",
                      labelsEnabled="1" if table == "sites" else "0")
    for el in _style_elements(table):
        root.append(el)
    if table == "sites":
        ET.SubElement(root, "layerGeometryType").text = "0"
    else:
        ET.SubElement(root, "layerGeometryType").text = "4"
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(
        root, encoding="unicode")


# -- project ----------------------------------------------------------------------------

def _spatialrefsys(parent: ET.Element) -> None:
    srs = ET.SubElement(parent, "spatialrefsys", nativeFormat="Wkt")
    for tag, text in (("wkt", _WGS84_WKT), ("proj4", "+proj=longlat +datum=WGS84 +no_defs"),
                      ("srsid", "3452"), ("srid", "4326"), ("authid", "EPSG:4326"),
                      ("description", "WGS 84"), ("projectionacronym", "longlat"),
                      ("ellipsoidacronym", "EPSG:7030"), ("geographicflag", "true")):
        ET.SubElement(srs, tag).text = text


def project_qgs(gpkg_name: str) -> str:
    """The QGIS project XML for a catalogue stored in a file called ``gpkg_name``.

    Layer sources are relative to the GeoPackage's directory (``./NAME|layername=...``).
    """
    root = ET.Element("qgis", projectname="Facility catalogue", version=QGIS_VERSION)
    ET.SubElement(root, "homePath", path="")
    ET.SubElement(root, "title").text = "Facility catalogue"
    _spatialrefsys(ET.SubElement(root, "projectCrs"))

    def source(table):
        return f"./{gpkg_name}|layername={table}"

    tree = ET.SubElement(root, "layer-tree-group")
    ET.SubElement(tree, "customproperties")
    for table, title, _ in LAYERS:
        node = ET.SubElement(tree, "layer-tree-layer", id=layer_id(table), name=title,
                             source=source(table), providerKey="ogr",
                             checked="Qt::Checked", expanded="1", legend_exp="")
        ET.SubElement(node, "customproperties")

    rels = ET.SubElement(root, "relations")
    for rid, name, referencing, rfield, referenced, dfield in RELATIONS:
        rel = ET.SubElement(rels, "relation", id=rid, name=name, strength="Association",
                            referencingLayer=layer_id(referencing),
                            referencedLayer=layer_id(referenced))
        ET.SubElement(rel, "fieldRef", referencingField=rfield, referencedField=dfield)

    layers = ET.SubElement(root, "projectlayers")
    for table, title, geom in LAYERS:
        attrs = ({"geometry": "Point", "wkbType": "Point"} if geom
                 else {"geometry": "No geometry", "wkbType": "NoGeometry"})
        ml = ET.SubElement(layers, "maplayer", type="vector", autoRefreshEnabled="0",
                           autoRefreshTime="0", refreshOnNotifyEnabled="0",
                           readOnly="0", hasScaleBasedVisibilityFlag="0",
                           labelsEnabled="1" if table == "sites" else "0",
                           styleCategories="AllStyleCategories", **attrs)
        if geom:
            extent = ET.SubElement(ml, "extent")
            for k, v in (("xmin", "-180"), ("ymin", "-90"), ("xmax", "180"), ("ymax", "90")):
                ET.SubElement(extent, k).text = v
        ET.SubElement(ml, "id").text = layer_id(table)
        ET.SubElement(ml, "datasource").text = source(table)
        ET.SubElement(ml, "layername").text = title
        _spatialrefsys(ET.SubElement(ml, "srs"))
        ET.SubElement(ml, "provider", encoding="UTF-8").text = "ogr"
        for el in _style_elements(table):
            ml.append(el)
        joins = ET.SubElement(ml, "vectorjoins")
        for layer, target, joined, jfield, prefix, fields in JOINS:
            if layer != table:
                continue
            j = ET.SubElement(joins, "join", joinLayerId=layer_id(joined),
                              targetFieldName=target, joinFieldName=jfield,
                              memoryCache="1", cascadedDelete="0", upsertOnEdit="0",
                              editable="0", dynamicForm="0", hasCustomPrefix="1",
                              customPrefix=prefix)
            subset = ET.SubElement(j, "joinFieldsSubset")
            for f in fields:
                ET.SubElement(subset, "field", name=f)
        ET.SubElement(ml, "layerGeometryType").text = "0" if geom else "4"

    props = ET.SubElement(root, "properties")
    paths = ET.SubElement(props, "Paths")
    ET.SubElement(paths, "Absolute", type="bool").text = "false"
    ET.SubElement(root, "mapcanvas", name="theMapCanvas")
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(
        root, encoding="unicode")


def project_qgz(gpkg_name: str) -> bytes:
    """The project as QGIS stores it: a .qgz zip holding one ``.qgs`` file."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(f"{PROJECT_NAME}.qgs", project_qgs(gpkg_name).encode("utf-8"))
    return buf.getvalue()


def style_rows(now: str) -> list[tuple]:
    """The ``layer_styles`` rows of the default styles, one per layer: ``(f_table_name,
    f_geometry_column, styleName, styleQML, description, update_time)``.

    The GeoPackage store writes them (replacing ours of the same name, keeping others)."""
    return [(table, geom, f"{table} default", style_qml(table),
             "Default style written by the facility catalogue", now)
            for table, _title, geom in LAYERS]


def project_row(gpkg_name: str, now: str) -> tuple[str, str, str]:
    """The ``qgis_projects`` row of the embedded project: ``(name, metadata, content)``.

    ``gpkg_name`` is the file name the project's relative layer paths use; ``now`` is a
    DATETIME (:func:`catalog.model.now_utc`).
    """
    metadata = json.dumps({"last_modified_time": now[:19] + "Z",
                           "last_modified_user": "catalog"})
    return PROJECT_NAME, metadata, project_qgz(gpkg_name).hex()


def project_qgs_from_content(content: str, what: str = "the QGIS project") -> str:
    """The ``.qgs`` XML of a stored project (``qgis_projects.content``: the .qgz as hex).

    The zip is read with the limits against zip bombs: a GeoPackage from elsewhere may
    hold one.
    """
    with zipfile.ZipFile(io.BytesIO(bytes.fromhex(content))) as z:
        qgs = next(n for n in z.namelist() if n.endswith(".qgs"))
        return read_zip_member(z, qgs, what).decode("utf-8")
