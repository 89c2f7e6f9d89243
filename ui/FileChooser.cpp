#include "FileChooser.h"

#include <QFileDialog>
#include <QStandardPaths>

FileChooser defaultFileChooser()
{
    return [](QWidget *parent, const QString &caption, const QString &nameFilter) {
        return QFileDialog::getOpenFileName(
            parent, caption, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), nameFilter);
    };
}

SaveFileChooser defaultSaveFileChooser()
{
    return [](QWidget *parent, const QString &caption, const QString &suggestedName, const QString &nameFilter) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(parent, caption, folder + QLatin1Char('/') + suggestedName, nameFilter);
    };
}
