"""Checks run inside a real headless QGIS (Debian's python3-qgis), not by pytest itself.

Run with the system interpreter: ``QT_QPA_PLATFORM=offscreen /usr/bin/python3
tests/qgis_checks.py CATALOG.gpkg PROVINCES.geojson``. It prints one JSON object of what
QGIS saw; ``tests/test_qgis.py`` asserts on it, so a failure there shows the values.
"""

from __future__ import annotations

import json
import sys


def main(gpkg: str, provinces: str) -> dict:
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import (
        Qgis,
        QgsApplication,
        QgsFeature,
        QgsFeatureRequest,
        QgsProject,
        QgsVectorLayer,
        QgsVectorLayerJoinInfo,
    )
    from qgis.PyQt.QtCore import QVariant

    app = QgsApplication([], False)
    app.initQgis()
    out: dict = {"qgis_version": Qgis.QGIS_VERSION}
    from osgeo import gdal

    out["gdal_version"] = gdal.__version__

    # -- every layer, opened as a user would (Layer > Add Vector Layer) ------------------
    layers = {}
    for name in ("sites", "sources", "aliases", "citations", "site_citations", "site_history"):
        lyr = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        layers[name] = lyr
        fields = lyr.fields()
        out[name] = {
            "valid": lyr.isValid(),
            "count": lyr.featureCount(),
            "crs": lyr.crs().authid(),
            "geometry_type": lyr.geometryType(),
            "fields": {f.name(): QVariant.typeToName(f.type()) for f in fields},
        }
    sites = layers["sites"]
    out["sites"]["wkb"] = sites.wkbType()
    values = {}
    for f in sites.getFeatures():
        values[f["site_id"]] = {
            "status_as_of": type(f["status_as_of"]).__name__,
            "status_as_of_iso": f["status_as_of"].toString("yyyy-MM-dd")
            if type(f["status_as_of"]).__name__ == "QDate" else None,
            "has_geometry": f.hasGeometry(),
        }
    out["sites"]["values"] = values
    pub = next(layers["sources"].getFeatures(
        QgsFeatureRequest().setFilterExpression(
            "\"source_id\" = 'globalmedia-2018-12-08-missile-base'")))["published"]
    out["sources"]["published_type"] = type(pub).__name__
    out["sources"]["published_iso"] = pub.toString("yyyy-MM-dd")

    # -- the default style from layer_styles, applied on load ----------------------------
    renderer = sites.renderer()
    out["style"] = {
        "renderer": renderer.type(),
        "attr": renderer.classAttribute() if renderer.type() == "categorizedSymbol" else None,
        "categories": [c.value() for c in renderer.categories()]
        if renderer.type() == "categorizedSymbol" else [],
        "labels": sites.labelsEnabled(),
        "label_field": sites.labeling().settings().fieldName if sites.labeling() else None,
        "alias_site_id": sites.attributeAlias(sites.fields().indexOf("site_id")),
        "alias_quote": layers["citations"].attributeAlias(
            layers["citations"].fields().indexOf("quote")),
    }

    # -- a join by site_id to the user's own table ----------------------------------------
    mine = QgsVectorLayer("None?field=site_id:string&field=analyst_rating:integer",
                          "my_ratings", "memory")
    feats = []
    for sid, rating in (("kp-sakkanmol", 3), ("kp-hoejung-ni", 5)):
        f = QgsFeature(mine.fields())
        f["site_id"] = sid
        f["analyst_rating"] = rating
        feats.append(f)
    mine.dataProvider().addFeatures(feats)
    QgsProject.instance().addMapLayers([sites, mine], False)
    join = QgsVectorLayerJoinInfo()
    join.setJoinLayer(mine)
    join.setJoinFieldName("site_id")
    join.setTargetFieldName("site_id")
    join.setUsingMemoryCache(True)
    join.setPrefix("mine_")
    out["user_join_added"] = sites.addJoin(join)
    out["user_join"] = {f["site_id"]: f["mine_analyst_rating"] for f in sites.getFeatures()}
    sites.removeJoin(mine.id())
    QgsProject.instance().removeAllMapLayers()

    # -- a spatial join with a province layer --------------------------------------------
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    prov = QgsVectorLayer(provinces, "provinces", "ogr")
    sites2 = QgsVectorLayer(f"{gpkg}|layername=sites", "sites", "ogr")
    res = processing.run("native:joinattributesbylocation", {
        "INPUT": sites2, "JOIN": prov, "PREDICATE": [5], "JOIN_FIELDS": ["name_en", "adm0_a3"],
        "METHOD": 0, "DISCARD_NONMATCHING": False, "PREFIX": "prov_",
        "OUTPUT": "memory:",
    })
    joined = res["OUTPUT"]
    out["spatial_join"] = {f["site_id"]: [f["admin1"], f["prov_name_en"], f["prov_adm0_a3"]]
                           for f in joined.getFeatures()}

    # -- the embedded project --------------------------------------------------------------
    project = QgsProject.instance()
    project.clear()
    ok = project.read(f"geopackage:{gpkg}?projectName=catalogue")
    rels = project.relationManager().relations()
    out["project"] = {
        "read": ok,
        "layers": {lyr.id(): [lyr.name(), lyr.isValid(), lyr.featureCount(),
                              lyr.crs().authid()]
                   for lyr in project.mapLayers().values()},
        "relations": {rid: [r.isValid(), r.referencingLayerId(), r.referencedLayerId()]
                      for rid, r in rels.items()},
    }
    psites = project.mapLayer("catalog_sites_layer")
    if psites is not None:
        out["project"]["style"] = psites.renderer().type()
        site = next(psites.getFeatures(QgsFeatureRequest().setFilterExpression(
            "\"site_id\" = 'kp-hoejung-ni'")))
        rel = rels.get("rel_citations_sites")
        out["project"]["related_citations"] = (
            [c["quote"] for c in rel.getRelatedFeatures(site)] if rel else None)
        srel = rels.get("rel_citations_sources")
        pcites = project.mapLayer("catalog_citations_layer")
        if srel and pcites:
            cit = next(pcites.getFeatures(QgsFeatureRequest().setFilterExpression(
                "\"site_id\" = 'kp-hoejung-ni'")))
            src = srel.getReferencedFeature(cit)
            out["project"]["cited_source"] = src["title"]
            out["project"]["joined_fields"] = {
                n: cit[n] for n in ("site_name", "site_facility_type", "source_title",
                                    "source_publisher", "source_published")
                if pcites.fields().indexOf(n) >= 0}
            out["project"]["joined_published_type"] = type(
                cit["source_published"]).__name__ if "source_published" in \
                pcites.fields().names() else None
    project.clear()
    return out


if __name__ == "__main__":
    import os

    result = main(sys.argv[1], sys.argv[2])
    print("QGIS_CHECKS " + json.dumps(result, default=str, ensure_ascii=False), flush=True)
    # PyQGIS may crash while Python tears down Qt objects in arbitrary order; the results
    # are out, so leave without running destructors.
    os._exit(0)
