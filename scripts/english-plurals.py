#!/usr/bin/env python3
"""Fills translations/orgdesk_en.ts, the English plural forms, from the sources' "(s)" texts.

English is the source language, so the only English "translation" is of plural forms:
"%n seat(s)" → "%n seat" / "%n seats". Run after `cmake --build <dir> --target
update_translations`; it fills every unfinished message and leaves finished ones alone
(edit a form by hand where "(s)" is not the whole story, e.g. "person(s)").
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/orgdesk_en.ts"
text = open(path, encoding="utf-8").read()
tree = ET.ElementTree(ET.fromstring(text))
filled = 0
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if message.get("numerus") != "yes" or translation.get("type") != "unfinished":
        continue
    source = message.find("source").text
    forms = translation.findall("numerusform")
    singular = re.sub(r"\(s\)", "", source)
    plural = re.sub(r"\(s\)", "s", source)
    for form, value in zip(forms, [singular, plural]):
        form.text = value
    del translation.attrib["type"]
    filled += 1
ET.indent(tree, space="    ")
body = ET.tostring(tree.getroot(), encoding="unicode")
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
print(f"{path}: {filled} plural messages filled")
