// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Build-time host tool: renders the SVG emblem to the PNG sizes of the
// freedesktop hicolor theme and, with --ico, to a Windows icon.
//
//   planner-iconrender SVG OUTDIR NAME --sizes 16,32,... [--ico FILE]
//
// Writes OUTDIR/<size>x<size>/NAME.png for every size. The .ico holds one
// PNG-compressed entry per size up to 256 (the form Windows reads since Vista).
#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

#include <vector>

namespace {

QImage render(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// ICONDIR, one ICONDIRENTRY per image, then the PNG data of each.
QByteArray icoBytes(const std::vector<QImage> &images)
{
    QByteArray ico;
    QDataStream stream(&ico, QIODevice::WriteOnly);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream << quint16(0) << quint16(1) << quint16(images.size());
    std::vector<QByteArray> data;
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const QImage &image : images) {
        data.push_back(pngBytes(image));
        const int side = image.width();
        stream << quint8(side >= 256 ? 0 : side) << quint8(side >= 256 ? 0 : side)  // 0 means 256
               << quint8(0) << quint8(0)                                            // no palette
               << quint16(1) << quint16(32)                                         // planes, bits
               << quint32(data.back().size()) << offset;
        offset += quint32(data.back().size());
    }
    for (const QByteArray &png : data)
        stream.writeRawData(png.constData(), int(png.size()));
    return ico;
}

bool writeFile(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << "planner-iconrender: cannot write " << path << ": " << file.errorString() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("svg"), QStringLiteral("The SVG master."));
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("Where the <size>x<size>/ folders go."));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("File name of each PNG, without .png."));
    parser.addOption(QCommandLineOption(QStringLiteral("sizes"), QStringLiteral("Comma-separated pixel sizes."),
                                        QStringLiteral("list")));
    parser.addOption(QCommandLineOption(QStringLiteral("ico"), QStringLiteral("Also write a Windows icon."),
                                        QStringLiteral("file")));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3 || !parser.isSet(QStringLiteral("sizes"))) {
        err << "usage: planner-iconrender SVG OUTDIR NAME --sizes 16,32,... [--ico FILE]" << Qt::endl;
        return 2;
    }
    QSvgRenderer renderer(args.at(0));
    if (!renderer.isValid()) {
        err << "planner-iconrender: cannot read the SVG " << args.at(0) << Qt::endl;
        return 1;
    }
    std::vector<QImage> icoImages;
    for (const QString &text : parser.value(QStringLiteral("sizes")).split(u',')) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "planner-iconrender: not a size: " << text << Qt::endl;
            return 2;
        }
        const QImage image = render(renderer, size);
        const QDir dir(args.at(1) + QStringLiteral("/%1x%1").arg(size));
        if (!dir.mkpath(QStringLiteral(".")))
            return 1;
        if (!writeFile(dir.filePath(args.at(2) + QStringLiteral(".png")), pngBytes(image), err))
            return 1;
        if (size <= 256)
            icoImages.push_back(image);
    }
    if (parser.isSet(QStringLiteral("ico")) && !writeFile(parser.value(QStringLiteral("ico")), icoBytes(icoImages), err))
        return 1;
    return 0;
}
