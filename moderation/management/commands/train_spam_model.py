"""Trains a spam classifier version from the starter corpus, moderators' labels and files."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from moderation.classifier import datasets, retrain
from moderation.classifier.train import TrainingError
from moderation.management.commands.shadow_check import write_report
from moderation.models import SpamModel


class Command(BaseCommand):
    help = (
        "Train a spam model on the starter corpus, every comment a moderator approved or marked "
        "as spam, and any --data files; store it as a new version (and activate it with "
        "--activate)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--data",
            action="append",
            default=[],
            metavar="FILE",
            help="CSV with text and label columns (YouTube Spam Collection and judol formats "
            "are recognised); repeat for several files",
        )
        parser.add_argument("--text-col", help="name of the text column in the --data files")
        parser.add_argument("--label-col", help="name of the label column in the --data files")
        parser.add_argument(
            "--no-starter", action="store_true", help="leave out the starter corpus"
        )
        parser.add_argument(
            "--activate",
            action="store_true",
            help="make it the active model, after a shadow check against the active one on the "
            "moderators' latest decisions: refused when it is worse there (see --force)",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="with --activate: activate even when the shadow check finds it worse",
        )
        parser.add_argument(
            "--if-missing",
            action="store_true",
            help="do nothing when a model is already active (used by `make run`)",
        )
        parser.add_argument(
            "--folds", type=int, default=retrain.FOLDS, help="cross-validation folds"
        )
        parser.add_argument(
            "--c",
            type=float,
            help="regularisation C of the logistic regression (default: chosen by "
            "cross-validation among 0.5, 1 and 2)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if (
            options["if_missing"]
            and SpamModel.objects.filter(kind=SpamModel.Kind.SPAM, active=True).exists()
        ):
            self.stdout.write("A spam model is already active; nothing to do.")
            return
        rows = retrain.labelled_rows(starter=not options["no_starter"])
        try:
            for path in options["data"]:
                rows += datasets.read_csv(path, options["text_col"], options["label_col"])
        except datasets.DatasetError as error:
            raise CommandError(str(error)) from None
        if not rows:
            raise CommandError("no training data: drop --no-starter or add --data FILE")
        summary = ", ".join(f"{k} {v}" for k, v in _count_sources(rows).items())
        self.stdout.write(f"Training on {len(rows)} comments ({summary}).")
        try:
            version = retrain.train_version(
                rows,
                folds=options["folds"],
                c=options["c"],
                activate=options["activate"],
                progress=options["verbosity"] > 0,
                force=options["force"],
            )
        except TrainingError as error:
            raise CommandError(str(error)) from None
        row, trained = version.row, version.trained
        metrics = trained.metrics
        self.stdout.write(
            f"Stored spam model v{row.pk}{' (active)' if row.active else ''} in "
            f"{trained.seconds:.1f} s, C={trained.c:g}, thresholds from the "
            f"{trained.thresholds.regime} regime. Held-out ({metrics['validation']}): "
            f"ROC-AUC {metrics['roc_auc']}, F1 {metrics['f1']}, MCC {metrics['mcc']}; "
            f"hold at {trained.thresholds.hold:.3f} (ham FPR {metrics['at_hold']['fpr']}, "
            f"spam recall {metrics['at_hold']['recall']}); spam at "
            f"{trained.thresholds.spam:.3f} (precision {metrics['at_spam']['precision']}, "
            f"recall {metrics['at_spam']['recall']})."
        )
        if version.shadow is not None:
            write_report(self.stdout, version.shadow)
            if not row.active:
                self.stderr.write(
                    f"Not activated: {version.shadow.why}. Look at the changes above; "
                    f"`manage.py shadow_check --version {row.pk}` shows them again, and "
                    "--force activates a model anyway."
                )
        self.stdout.write(json.dumps(metrics))


def _count_sources(rows: list[datasets.Labelled]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.source] = counts.get(row.source, 0) + 1
    return counts
