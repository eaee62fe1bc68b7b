"""YAML as the analyst wrote it: dates stay text.

PyYAML turns `date: 2017-04-28` into a date object and raises ValueError (not a YAML error) on an
impossible one like 2017-02-30; partial dates ("2003-08") stay strings. Reading every date as text
lets each stage check it and report the file and line itself."""
from __future__ import annotations

import yaml


# libyaml's parser where PyYAML was built with it: reading a thousand front matters in pure Python
# took seconds of every build
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DatesAsTextLoader(SafeLoader):
    pass


DatesAsTextLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
