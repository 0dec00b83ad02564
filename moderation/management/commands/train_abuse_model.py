"""Trains an abuse classifier version from its starter corpus, moderators' labels and files."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from moderation.classifier import abuse_train, datasets, registry, store
from moderation.classifier.train import TrainingError
from moderation.conf import gate_setting
from moderation.models import SpamModel


class Command(BaseCommand):
    help = (
        "Train an abuse model on the abuse starter corpus, every comment a moderator marked "
        "abusive or approved, and any --data files (text and label columns, 1 = abusive); "
        "store it as a new version (and activate it with --activate)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--data", action="append", default=[], metavar="FILE")
        parser.add_argument("--text-col", default="text", help="text column of the --data files")
        parser.add_argument("--label-col", default="label", help="label column of the --data files")
        parser.add_argument(
            "--no-starter", action="store_true", help="leave out the starter corpus"
        )
        parser.add_argument("--activate", action="store_true", help="make it the active model")
        parser.add_argument(
            "--if-missing",
            action="store_true",
            help="do nothing when an abuse model is already active (used by `make run`)",
        )
        parser.add_argument("--folds", type=int, default=5, help="cross-validation folds")
        parser.add_argument(
            "--c", type=float, help="regularisation C (default: chosen by cross-validation)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        active = SpamModel.objects.filter(kind=SpamModel.Kind.ABUSE, active=True)
        if options["if_missing"] and active.exists():
            self.stdout.write("An abuse model is already active; nothing to do.")
            return
        rows = abuse_train.labelled_rows(starter=not options["no_starter"])
        try:
            for path in options["data"]:
                rows += abuse_train.read_csv(path, options["text_col"], options["label_col"])
            if not rows:
                raise CommandError("no training data: drop --no-starter or add --data FILE")
            self.stdout.write(f"Training the abuse model on {len(rows)} comments.")
            trained = abuse_train.train(
                rows,
                folds=options["folds"],
                c_grid=(options["c"],) if options["c"] else abuse_train.C_GRID,
                calibrate_after=gate_setting("calibrate_after_labels"),
            )
        except (datasets.DatasetError, TrainingError) as error:
            raise CommandError(str(error)) from None
        row = store.save(trained, activate=options["activate"])
        if options["activate"]:
            registry.forget()
        metrics = trained.metrics
        self.stdout.write(
            f"Stored abuse model v{row.pk}{' (active)' if row.active else ''} in "
            f"{trained.seconds:.1f} s, C={trained.c:g}, thresholds from the "
            f"{trained.thresholds.regime} regime. Held-out ({metrics['validation']}): "
            f"ROC-AUC {metrics['roc_auc']}, F1 {metrics['f1']}; hold at "
            f"{trained.thresholds.hold:.3f} (FPR {metrics['at_hold']['fpr']}, recall "
            f"{metrics['at_hold']['recall']}); trash (with a disallowed key) at "
            f"{trained.thresholds.spam:.3f}."
        )
        self.stdout.write(json.dumps(metrics))
