#!/usr/bin/env python3
# check.py - check .ts catalogs: placeholders (%1, %n), HTML tags and {fields} kept, no empty or unfinished entry.
# Run: python3 translations/tools/check.py translations/motcua_vi.ts translations/motcua_en.ts (exit 1 on a problem)
# English: only numerus entries must be finished (others show the source). Vietnamese: complete, one numerus form.
"""Standard library only. Prints one line per problem and a summary per catalog."""
import re
import sys
import xml.etree.ElementTree as ET

MARKERS = (r'%(?:n|\d+)', r'</?\w+[^>]*>', r'\{[^}]*\}')
SINGLE_FORM_LANGUAGES = ('vi', 'ja', 'ko', 'zh', 'th', 'id', 'ms')


# Letters only Vietnamese uses (with their tone marks): an English translation holding one was
# copied from the wrong catalog.
VIETNAMESE_LETTERS = re.compile('[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]')


def markers(text):
    return sorted(m for pattern in MARKERS for m in re.findall(pattern, text))


def check(path):
    root = ET.parse(path).getroot()
    language = (root.get('language') or '').lower()
    english = language.startswith('en')
    single_form = language.split('_')[0] in SINGLE_FORM_LANGUAGES
    problems, entries, unfinished = [], 0, 0
    for context in root.iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            entries += 1
            source = message.findtext('source') or ''
            numerus = message.get('numerus') == 'yes'
            translation = message.find('translation')
            kind = translation.get('type') if translation is not None else 'unfinished'
            if kind in ('obsolete', 'vanished'):
                continue
            forms = [f.text or '' for f in translation.findall('numerusform')] or [translation.text or '']
            where = f'[{name}] {source!r}'
            if kind == 'unfinished':
                unfinished += 1
                if numerus or not english:
                    problems.append(f'unfinished: {where}')
                continue
            if numerus and single_form and len(forms) != 1:
                problems.append(f'{len(forms)} numerus forms, expected 1: {where}')
            if numerus and english and len(forms) != 2:
                problems.append(f'{len(forms)} numerus forms, expected 2 (one, other): {where}')
            if english and any(VIETNAMESE_LETTERS.search(form) for form in forms):
                problems.append(f'Vietnamese text in the English catalog: {where}')
            for form in forms:
                if not form.strip():
                    problems.append(f'empty translation: {where}')
                elif markers(form) != markers(source):
                    problems.append(f'placeholders/tags differ: {where} -> {form!r}')
    for problem in problems:
        print(f'{path}: {problem}')
    print(f'{path}: {entries} entries, {unfinished} unfinished, {len(problems)} problem(s)')
    return not problems


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    results = [check(path) for path in paths]
    return 0 if all(results) else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
