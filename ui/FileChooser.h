#pragma once

#include <QString>

#include <functional>

class QWidget;

// The seam for "open a file" (STYLE.md: GUI tests swap message boxes and file dialogs):
// returns the chosen path, or empty when the user cancelled. The default is
// QFileDialog::getOpenFileName.
using FileChooser = std::function<QString(QWidget *parent, const QString &caption, const QString &nameFilter)>;

FileChooser defaultFileChooser();

// The seam for "save to a file": returns the chosen path, or empty when the user cancelled.
// `suggestedName` is a file name proposed in the user's documents folder. The default is
// QFileDialog::getSaveFileName.
using SaveFileChooser = std::function<QString(QWidget *parent, const QString &caption, const QString &suggestedName,
                                              const QString &nameFilter)>;

SaveFileChooser defaultSaveFileChooser();
