"""Run the official Argdown CLI (``@argdown/cli``, installed by ``npm ci`` into node_modules) on a file.

The CLI's own ``json`` command leaves the map out, so a small config defines a process that
parses, builds the model and the map, and prints the JSON (statements, relations, map).
"""

import json
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ARGDOWN = ROOT / "node_modules" / ".bin" / "argdown"

_CONFIG = """module.exports = {{
  processes: {{
    "argkg-map": {{
      process: ["load-file", "parse-input", "log-parser-errors", "build-model", "build-map", "export-json", "stdout-json"],
      inputPath: {input},
      logParserErrors: true,
      selection: {{ statementSelectionMode: "all", excludeDisconnected: false }},
    }},
  }},
}};
"""


def parse_argdown(path: Path) -> dict[str, Any]:
    """Return the Argdown CLI's JSON model and map of ``path``; fail on any parser error."""
    assert ARGDOWN.exists(), "run `npm ci` in the repository (scripts/test.sh does) to install @argdown/cli"
    config = path.with_suffix(".config.js")
    config.write_text(_CONFIG.format(input=json.dumps(str(path))), encoding="utf-8")
    result = subprocess.run(
        [str(ARGDOWN), "run", "argkg-map", "--silent", "--config", str(config)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.lstrip().startswith("{"), result.stdout[:500] + result.stderr[:500]
    return json.loads(result.stdout)
