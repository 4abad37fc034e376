"""reconcile: compare several news reports of one story and flag where they disagree.

    >>> import reconcile
    >>> analysis = reconcile.analyse(["sources/"])        # doctest: +SKIP
    >>> analysis.flags_frame()                            # doctest: +SKIP

``reconcile.run(inputs, out_dir)`` also writes the HTML report and the exports.
"""

from reconcile.models import Analysis, Claim, Entity, Flag, Mention, Source
from reconcile.pipeline import Result, analyse, run

__version__ = "0.1.0"
__all__ = ["Analysis", "Claim", "Entity", "Flag", "Mention", "Result", "Source", "analyse", "run", "__version__"]
