"""Measure the attribution detector: against the hand-made gold set (``gold``, its articles in
``data/LANG/``) and sentence by sentence on annotated real news (``polnear`` reads the corpus,
``realnews`` scores it with the words of ``metric``). Run as ``python -m
briefgen.analyse.evaluation``; ``--help`` says how."""
