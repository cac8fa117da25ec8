"""A worker's warm-up loads everything the pipeline loads lazily, before any article's clock.

An article's time limit (``--timeout``) covers its pipeline run. A model or lexicon
loaded on first use inside it was paid by the first article that needed it: the slovnet
syntax model and ~30 lexicons took 1.7 s on the first article with a count, a time-out
under a 2 s limit on a busy machine; an interrupted load started again on the next
article, and a load longer than the limit never completed (every article timed out).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = r'''
import json, sys
from pathlib import Path

from rufacts.batch import worker
from rufacts.components.syntax import load_slovnet_syntax


def loaders():
    """name -> filled, of every lazy loader of the pipeline's modules."""
    return {f"{f.__module__}.{f.__qualname__}": f.cache_info().currsize > 0
            for f in worker.lazy_loaders()}


pipeline = worker.get_pipeline(worker.RecordOptions())
after_warm_up = loaders()
syntax_loaded = load_slovnet_syntax.cache_info().currsize == 1
facts = 0
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    article = pipeline.extract(path.read_text(encoding="utf-8"))
    facts += len(article.sector_counts) + len(article.persons)
after_articles = loaders()
print(json.dumps({
    "syntax_loaded": syntax_loaded,
    "empty_after_warm_up": sorted(k for k, v in after_warm_up.items() if not v),
    "loaded_by_articles": sorted(k for k, v in after_articles.items()
                                 if v and not after_warm_up.get(k, False)),
    "loaders": len(after_articles),
    "facts": facts,
}))
'''


def test_warm_up_leaves_nothing_to_load_on_an_article_clock():
    result = subprocess.run([sys.executable, "-c", PROBE, str(ROOT / "data" / "sample")],
                            capture_output=True, timeout=600)
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout.decode().strip().splitlines()[-1])
    assert report["facts"] > 10  # the sample articles were read: counts and people found
    assert report["loaders"] > 100  # the probe sees the pipeline's lexicon loaders
    assert report["syntax_loaded"], "the syntax model is left to the first count sentence"
    assert report["empty_after_warm_up"] == []
    assert report["loaded_by_articles"] == []


def test_preload_calls_only_argument_free_cached_loaders():
    from rufacts.batch.worker import preload

    called = preload()  # in this process: whatever pipeline modules the suite imported
    assert called == preload()  # idempotent: the same loaders, all cached now
