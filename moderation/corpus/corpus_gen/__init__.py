"""The starter corpus generator: templates are data (``../templates/*.toml``), this is the code.

Modules: ``data`` reads and checks the TOML files; ``numbers``, ``contacts`` and ``fillers`` are
the slots that are Python functions (random numbers, phone numbers, brands, domains, emoji);
``obfuscate`` disguises spam the way campaigns do; ``noise`` makes texts look typed by a person;
``compose`` fills templates and draws the rows; ``report`` prints the counts.
"""
