"""Trains the project's pipeline on one file and scores another; never touches stored models."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from moderation.classifier import abuse_train, datasets
from moderation.classifier.evaluate import describe
from moderation.classifier.features import has_signals
from moderation.classifier.train import TrainingError, train


class Command(BaseCommand):
    help = (
        "Train on --train (a CSV, or 'starter' for the starter corpus), score --test, and print "
        "one JSON object on the last line: n, precision, recall, f1, mcc, roc_auc and the false "
        "positive rate and recall at the thresholds training chose (at_spam: what the gate "
        "sends to spam, which on the starter regime also needs a second signal). Rows with an "
        "empty label are skipped and counted (skipped_unlabelled)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--train", required=True, metavar="FILE|starter")
        parser.add_argument("--test", required=True, metavar="FILE")
        parser.add_argument("--text-col", help="text column of both files")
        parser.add_argument("--label-col", help="label column of both files")
        parser.add_argument("--name-col", help="author-name column of the --test file")
        parser.add_argument("--url-col", help="website column of the --test file")
        parser.add_argument("--folds", type=int, default=5)
        parser.add_argument(
            "--model",
            choices=["spam", "abuse"],
            default="spam",
            help="which classifier to train and score (abuse: label 1 = abusive; 'starter' is "
            "then the abuse starter corpus)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["model"] == "abuse":
            self.stdout.write(json.dumps(_abuse_eval(options)))
            return
        text_col, label_col = options["text_col"], options["label_col"]
        try:
            if options["train"] == "starter":
                train_rows = datasets.starter_corpus()
            else:
                train_rows = datasets.read_csv(options["train"], text_col, label_col)
            test_file = datasets.read_labelled(
                options["test"], text_col, label_col, options["name_col"], options["url_col"]
            )
            trained = train(train_rows, folds=options["folds"], progress=options["verbosity"] > 1)
        except (datasets.DatasetError, TrainingError) as error:
            raise CommandError(str(error)) from None
        samples = [row.sample for row in test_file.rows]
        scores = trained.classifier.scores(samples)
        has_signal = has_signals(samples)
        labels = [row.label for row in test_file.rows]
        result = describe(labels, scores, trained.thresholds, has_signal)
        result["skipped_unlabelled"] = test_file.unlabelled
        result["train"] = {"n": len(train_rows), "c": trained.c, "seconds": trained.seconds}
        self.stdout.write(json.dumps(result))


def _abuse_eval(options: dict[str, Any]) -> dict[str, Any]:
    """The same protocol and JSON for the abuse classifier (moderation.classifier.abuse_train)."""
    text_col, label_col = options["text_col"] or "text", options["label_col"] or "label"
    try:
        if options["train"] == "starter":
            train_rows = abuse_train.starter_corpus()
        else:
            train_rows = abuse_train.read_csv(options["train"], text_col, label_col)
        test_rows = abuse_train.read_csv(options["test"], text_col, label_col)
        trained = abuse_train.train(train_rows, folds=options["folds"])
    except (datasets.DatasetError, TrainingError) as error:
        raise CommandError(str(error)) from None
    if not test_rows:
        raise CommandError(f"{options['test']}: no labelled rows")
    scores = trained.classifier.scores([row.text for row in test_rows])
    result = describe([row.label for row in test_rows], scores, trained.thresholds)
    result["train"] = {"n": len(train_rows), "c": trained.c, "seconds": trained.seconds}
    return result
