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
