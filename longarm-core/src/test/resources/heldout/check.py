#!/usr/bin/env python3
"""Checks the held-out set with the fixtures' checker (same layout): python3 check.py [--fix] [score.py]"""
import os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
os.environ["LONGARM_GOLD_DIR"] = here
sys.argv[0] = os.path.join(here, "..", "fixtures", "check.py")
runpy.run_path(sys.argv[0], run_name="__main__")
