"""Trains the project's pipeline on one file and scores another; never touches stored models."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from moderation.classifier import datasets
from moderation.classifier.evaluate import describe
from moderation.classifier.train import TrainingError, train


class Command(BaseCommand):
    help = (
        "Train on --train (a CSV, or 'starter' for the starter corpus), score --test, and print "
        "one JSON object on the last line: n, precision, recall, f1, mcc, roc_auc and the false "
        "positive rate and recall at the thresholds training chose."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--train", required=True, metavar="FILE|starter")
        parser.add_argument("--test", required=True, metavar="FILE")
        parser.add_argument("--text-col", help="text column of both files")
        parser.add_argument("--label-col", help="label column of both files")
        parser.add_argument("--folds", type=int, default=5)

    def handle(self, *args: Any, **options: Any) -> None:
        text_col, label_col = options["text_col"], options["label_col"]
        try:
            if options["train"] == "starter":
                train_rows = datasets.starter_corpus()
            else:
                train_rows = datasets.read_csv(options["train"], text_col, label_col)
            test_rows = datasets.read_csv(options["test"], text_col, label_col)
            trained = train(train_rows, folds=options["folds"], progress=options["verbosity"] > 1)
        except (datasets.DatasetError, TrainingError) as error:
            raise CommandError(str(error)) from None
        scores = trained.classifier.scores([row.sample for row in test_rows])
        result = describe([row.label for row in test_rows], scores, trained.thresholds)
        result["train"] = {"n": len(train_rows), "c": trained.c, "seconds": trained.seconds}
        self.stdout.write(json.dumps(result))
