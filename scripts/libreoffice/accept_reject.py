#!/usr/bin/python3
"""Accept All and Reject All on Word files in LibreOffice, saving the results as text.

The stand-in for Word when checking Penholder's redline .docx files (issue 13): Word
cannot run here, LibreOffice can. It runs its own LibreOffice, headless, with a private
profile so that it never touches the user's, dispatches .uno:AcceptAllTrackedChanges or
.uno:RejectAllTrackedChanges (the commands of Edit > Track Changes), and saves the
document as UTF-8 text with LF line ends.

Usage: accept_reject.py <profile-folder> <in.docx> <accepted.txt> <rejected.txt> [<in.docx> <accepted.txt> <rejected.txt> ...]
Needs Debian's libreoffice-writer-nogui and python3-uno; run with /usr/bin/python3.
Exit code 0 when every file was converted, 2 on bad usage, 1 when LibreOffice failed.
"""
import os
import subprocess
import sys
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def connect(pipe, process, timeout_s=60):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + timeout_s
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if process.poll() is not None or time.time() > deadline:
                raise RuntimeError("LibreOffice did not start")
            time.sleep(0.25)


def settle(context, source, target, command):
    """Open `source`, dispatch `command` on it, save it as text to `target`."""
    smgr = context.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    document = desktop.loadComponentFromURL(file_url(source), "_blank", 0, (prop("Hidden", True),))
    if document is None:
        raise RuntimeError(f"{source}: LibreOffice could not open it")
    try:
        frame = document.getCurrentController().getFrame()
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        dispatcher.executeDispatch(frame, command, "", 0, ())
        document.storeToURL(file_url(target), (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")))
    finally:
        document.close(True)


def main(argv):
    if len(argv) < 5 or (len(argv) - 2) % 3:
        sys.stderr.write(__doc__.split("\n\n")[2] + "\n")
        return 2
    profile, jobs = argv[1], argv[2:]
    pipe = "penholder-" + uuid.uuid4().hex
    process = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
         f"-env:UserInstallation={file_url(profile)}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = connect(pipe, process)
        for i in range(0, len(jobs), 3):
            source, accepted, rejected = jobs[i:i + 3]
            settle(context, source, accepted, ".uno:AcceptAllTrackedChanges")
            settle(context, source, rejected, ".uno:RejectAllTrackedChanges")
        try:
            context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context).terminate()
        except Exception:
            pass
        return 0
    except Exception as error:
        sys.stderr.write(f"accept_reject: {error}\n")
        return 1
    finally:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
