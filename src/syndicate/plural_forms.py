"""The Plural-Forms header of a new translation file, by GNU gettext's conventions.

The table is syndicate's own, not babel's: babel 2.19 rebuilt its table from CLDR, which gives
French, Spanish, Italian, Portuguese and Catalan a third form for round millions (`un million
de personnes`) and rewrites most other rules. A catalog's header must not change with the
babel a desk happens to have: translators' tools, msgmerge and the memory take a language's
files as one, and the gettext convention every French catalog carries is
`nplurals=2; plural=(n > 1);`. These are the rules babel 2.14 to 2.18 wrote (those of the GNU
gettext manual and of Pootle's catalogs), with Arabic as the rule says, and Indonesian and
Malay, which have no plural, with one form, as CLDR, Weblate and msginit give them.
"""

from __future__ import annotations

from babel import Locale

_GERMANIC = "nplurals=2; plural=(n != 1);"  # English's, and every language's not listed

# By language, or language and region where the region's convention differs (pt_BR).
_PLURAL_FORMS = {
    # Babel's table sends Arabic 100–102 to "many" and 11–99 to "other", the reverse of the rule.
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
    "be": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "bo": "nplurals=1; plural=0;",
    "br": "nplurals=6; plural=(n==1 ? 0 : n%10==1 && n%100!=11 && n%100!=71 && n%100!=91 ? 1 : n%10==2 && n%100!=12 "
          "&& n%100!=72 && n%100!=92 ? 2 : (n%10==3 || n%10==4 || n%10==9) && n%100!=13 && n%100!=14 && n%100!=19 "
          "&& n%100!=73 && n%100!=74 && n%100!=79 && n%100!=93 && n%100!=94 && n%100!=99 ? 3 : n%1000000==0 ? 4 : 5);",
    "bs": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "cs": "nplurals=3; plural=((n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2);",
    "cv": "nplurals=1; plural=0;",
    "cy": "nplurals=5; plural=(n==1 ? 1 : n==2 ? 2 : n==3 ? 3 : n==6 ? 4 : 0);",
    "dz": "nplurals=1; plural=0;",
    "fa": "nplurals=1; plural=0;",
    "fr": "nplurals=2; plural=(n > 1);",
    "fur": "nplurals=2; plural=(n > 1);",
    "ga": "nplurals=5; plural=(n==1 ? 0 : n==2 ? 1 : n>=3 && n<=6 ? 2 : n>=7 && n<=10 ? 3 : 4);",
    "hr": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "hu": "nplurals=1; plural=0;",
    "hy": "nplurals=1; plural=0;",
    "id": "nplurals=1; plural=0;",
    "is": "nplurals=2; plural=(n%10==1 && n%100!=11 ? 0 : 1);",
    "ja": "nplurals=1; plural=0;",
    "ka": "nplurals=1; plural=0;",
    "km": "nplurals=1; plural=0;",
    "ko": "nplurals=1; plural=0;",
    "lo": "nplurals=1; plural=0;",
    "lt": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "lv": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);",
    "ms": "nplurals=1; plural=0;",
    "mt": "nplurals=4; plural=(n==1 ? 0 : n==0 || ( n%100>=1 && n%100<=10) ? 1 : (n%100>10 && n%100<20 ) ? 2 : 3);",
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "pt_BR": "nplurals=2; plural=(n > 1);",
    "ro": "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "sk": "nplurals=3; plural=((n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2);",
    "sl": "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);",
    "sr": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "th": "nplurals=1; plural=0;",
    "tr": "nplurals=1; plural=0;",
    "uk": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "vi": "nplurals=1; plural=0;",
    "zh": "nplurals=1; plural=0;",
}


def plural_forms(locale: Locale) -> str:
    """The Plural-Forms header for `locale` (`nplurals=2; plural=(n > 1);` in French and pt-BR)."""
    return _PLURAL_FORMS.get(f"{locale.language}_{locale.territory}") or _PLURAL_FORMS.get(locale.language, _GERMANIC)
