"""A few style rules on top of the native look: headings, messages, spacing."""

from __future__ import annotations

STYLE_SHEET = """
QLabel#sectionTitle { font-size: 15pt; font-weight: 600; margin-bottom: 2px; }
QLabel#assessmentTitle { font-size: 12pt; font-weight: 600; }
QLabel#sectionIntro { color: palette(placeholder-text); margin-bottom: 6px; }
QLabel#questionTitle { font-weight: 600; }
QLabel#questionIssue { color: #b3261e; }
QLabel#paneTitle { font-weight: 600; margin-top: 8px; }
QLabel#axisTitle, QLabel#axisLabel { color: palette(placeholder-text); }
QLabel#emptyState { color: palette(placeholder-text); font-size: 11pt; padding: 40px; }
QLabel#notice { background: #fff4e5; color: #5f3700; padding: 6px 12px; }
QLabel#riskSummary { font-size: 11pt; }
QFrame#questionBlock { border-bottom: 1px solid palette(midlight); }
QTreeWidget#sectionSidebar::item { padding: 3px 2px; }
QTextBrowser#guidance { padding: 6px; }
"""
