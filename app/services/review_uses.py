"""Review, evidence, revisions, exchange files and deliverables as use cases of the facade.

Thin methods over ``app.services.review``, ``evidence``, ``revisions``,
``exchange`` and ``deliverables`` (the command line calls those modules
directly): the desktop app reaches them here, and every change is announced
once on :attr:`events` (topic ``review``; ``assessments`` for a status move
or an import), so the views refresh themselves.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.services.assessments import AssessmentsMixin
from app.services.events import Topic

if TYPE_CHECKING:
    from app.core.review import Attachment, Opinion, ReviewComment, RevisionInfo, SectionVerdict
    from app.core.review.compare import Comparison
    from app.services.deliverables import Deliverable
    from app.services.exchange import PackageImport, PackageSummary, PreparedPackage, ReadPackage
    from app.services.review import ReviewState


class ReviewMixin(AssessmentsMixin):
    # the reviewer's name and the evidence limits (preferences) -----------------------
    def my_name(self) -> str:
        from app.services import review

        return review.my_name(self)

    def set_my_name(self, name: str) -> str:
        from app.services import review

        self._require_writable()
        clean = review.set_my_name(self, name)
        self._changed(Topic.SETTINGS)
        return clean

    def evidence_limits(self) -> tuple[int, int]:
        """(per file, per assessment) in bytes."""
        from app.services import evidence

        return evidence.limits(self)

    def set_evidence_limits(self, per_file_mb: int, per_assessment_mb: int) -> tuple[int, int]:
        from app.services import evidence

        self._require_writable()
        chosen = evidence.set_limits(self, per_file_mb=per_file_mb,
                                     per_assessment_mb=per_assessment_mb)
        self._changed(Topic.SETTINGS)
        return chosen

    # review ------------------------------------------------------------------------
    def review_state(self, assessment_id: int, lang: str | None = None) -> ReviewState:
        from app.services import review

        return review.review_state(self, assessment_id, lang)

    def verdict_history(self, assessment_id: int) -> list[SectionVerdict]:
        """Every verdict given on the assessment's sections, oldest first."""
        return self.store.verdict_history(assessment_id)

    def judge_section(self, assessment_id: int, section_id: str, verdict: str, *,
                      comment: str = "") -> SectionVerdict:
        from app.services import review

        given = review.judge_section(self, assessment_id, section_id, verdict, comment=comment)
        self._changed(Topic.REVIEW, assessment_id)
        return given

    def add_review_comment(self, assessment_id: int, body: str, *,
                           section_id: str | None = None) -> ReviewComment:
        from app.services import review

        given = review.add_comment(self, assessment_id, body, section_id=section_id)
        self._changed(Topic.REVIEW, assessment_id)
        return given

    def record_opinion(self, assessment_id: int, kind: str, *, asked: bool = True,
                       name: str = "", stance: str = "", text: str = "",
                       reason: str = "") -> Opinion:
        from app.services import review

        given = review.record_opinion(self, assessment_id, kind, asked=asked, name=name,
                                      stance=stance, text=text, reason=reason)
        self._changed(Topic.REVIEW, assessment_id)
        return given

    def start_new_revision(self, assessment_id: int, comment: str = "") -> None:
        from app.services import review

        review.start_new_revision(self, assessment_id, comment=comment)
        self._changed(Topic.ASSESSMENTS, assessment_id)

    # evidence ------------------------------------------------------------------------
    def attachments(self, assessment_id: int) -> list[Attachment]:
        from app.services import evidence

        return evidence.list_attachments(self, assessment_id)

    def attach_file(self, assessment_id: int, source: Path, *, target_kind: str = "assessment",
                    target_id: str = "") -> Attachment:
        from app.services import evidence

        item = evidence.attach(self, assessment_id, source, target_kind=target_kind,
                               target_id=target_id)
        self._changed(Topic.REVIEW, assessment_id)
        return item

    def detach_file(self, assessment_id: int, attachment_id: int) -> Attachment:
        from app.services import evidence

        item = evidence.detach(self, assessment_id, attachment_id)
        self._changed(Topic.REVIEW, assessment_id)
        return item

    def viewable_copy(self, assessment_id: int, attachment_id: int) -> Path:
        from app.services import evidence

        return evidence.viewable_copy(self, assessment_id, attachment_id)

    # revisions and comparisons -------------------------------------------------------
    def revisions(self, assessment_id: int) -> list[RevisionInfo]:
        from app.services import revisions

        return revisions.list_revisions(self, assessment_id)

    def compare_revisions(self, assessment_id: int, before: int, after: int | None = None,
                          lang: str | None = None, words_lang: str | None = None) -> Comparison:
        from app.services import revisions

        return revisions.compare_revisions(self, assessment_id, before, after, lang, words_lang)

    def compare_assessments(self, before_id: int, after_id: int, lang: str | None = None,
                            words_lang: str | None = None) -> Comparison:
        from app.services import revisions

        return revisions.compare_assessments(self, before_id, after_id, lang, words_lang)

    # exchange files and deliverables -------------------------------------------------
    def export_package(self, assessment_id: int, path: Path,
                       passphrase: str | None = None) -> PackageSummary:
        from app.services import exchange

        return exchange.export_package(self, assessment_id, path, passphrase=passphrase)

    def prepare_package(self, assessment_id: int) -> PreparedPackage:
        """What the exchange file of an assessment holds, read now; see :meth:`write_package`."""
        from app.services import exchange

        return exchange.prepare_package(self, assessment_id)

    @staticmethod
    def write_package(prepared: PreparedPackage, path: Path,
                      passphrase: str | None = None) -> PackageSummary:
        """Write a prepared exchange file; no database, so any thread may do it."""
        from app.services import exchange

        return exchange.write_package(prepared, path, passphrase=passphrase)

    def read_package(self, path: Path, passphrase: str | None = None) -> ReadPackage:
        """Check an exchange file (decrypting it); nothing is written."""
        from app.services import exchange

        return exchange.read_package(path, passphrase)

    def package_is_sealed(self, path: Path) -> bool:
        from app.services import exchange

        return exchange.is_sealed(path)

    def import_package(self, path: Path, passphrase: str | None = None,
                       checked: ReadPackage | None = None) -> PackageImport:
        from app.services import exchange

        self._require_writable()
        outcome = exchange.import_package(self, path, passphrase=passphrase, checked=checked)
        self._changed(Topic.ASSESSMENTS, outcome.record.id)
        return outcome

    def write_deliverable(self, assessment_id: int, output: Path, fmt: str, *,
                          template: str = "default", lang: str | None = None,
                          compare_with: int | None = None) -> Deliverable:
        from app.services import deliverables

        return deliverables.write_deliverable(self, assessment_id, output, fmt,
                                              template=template, lang=lang,
                                              compare_with=compare_with)
