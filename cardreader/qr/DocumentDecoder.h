#pragma once
// Codes from files a clerk opens or drops: images (every format Qt reads) and scanned PDFs
// (each page rendered with Qt PDF at a resolution that keeps 1-mm modules readable).
#include "common/Result.h"
#include "qr/CodeReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace motcua::qr {

struct CodeInFile {
    int page = 0; // 1-based page of a PDF; 0 for an image
    DecodedCode code;
};

class DocumentDecoder {
    Q_DECLARE_TR_FUNCTIONS(DocumentDecoder)
public:
    explicit DocumentDecoder(CodeReader reader = CodeReader{});

    // Every code in the file (an empty list when there is none). An Error when the file cannot be
    // read: missing, not an image or PDF, a damaged or password-protected PDF (the message says
    // which, for a clerk; the detail names the file for the log).
    Result<QList<CodeInFile>> decodeFile(const QString &path) const;

private:
    CodeReader m_reader;
};

} // namespace motcua::qr
