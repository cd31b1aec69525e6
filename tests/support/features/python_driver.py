"""Run one Python feature: import FILE, call NAME(*args) for each case read from stdin as JSON
(a list of argument lists), print a JSON list of {"ok": result} or {"error": message}."""
import importlib.util
import json
import sys

path, name = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location("feature", path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
fn = getattr(module, name)

results = []
for args in json.load(sys.stdin):
    try:
        results.append({"ok": fn(*args)})
    except Exception as e:  # a failing case is reported, not fatal
        results.append({"error": f"{type(e).__name__}: {e}"})
json.dump(results, sys.stdout)
