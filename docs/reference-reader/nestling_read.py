#!/usr/bin/env python3
"""Read a Nestling vault or backup without Nestling, and write it out as plain JSON and CSV.

Written from the published formats alone (docs/vault-format.md, docs/backup-format.md), so that
a family's record never depends on Nestling still running. Reads:
  * a vault file (nestling.vault, or a snapshot of one),
  * a sealed backup (.nestling), with the vault's or the backup's own passphrase,
  * a plain backup (.json), which needs no passphrase.

Usage:  python3 nestling_read.py FILE --out DIR [--passphrase-stdin] [--force]

Needs Python 3.11+ and two well-known packages: cryptography (AES-GCM) and argon2-cffi (Argon2id);
Debian/Ubuntu: apt install python3-cryptography python3-argon2.

The decrypted database never touches the disk: it is opened in memory (sqlite3 deserialize).
Only the files asked for are written, and they are plain text: keep them as safe as the baby's
paper records.
"""

import argparse
import base64
import csv
import datetime
import getpass
import hashlib
import hmac
import json
import os
import sqlite3
import stat
import struct
import sys
import unicodedata
import uuid

READER_VERSION = "1"

# Exit codes. 3 and 4 are those of the nestling command line; 5 is this reader's own, so a script
# can tell "update your tools" from "the file is broken" (Nestling says both with 4).
EXIT_OK = 0
EXIT_FAILED = 1            # cannot read the file or write the output, missing packages
EXIT_USAGE = 2             # wrong arguments, output folder not empty
EXIT_WRONG_PASSPHRASE = 3
EXIT_DAMAGED = 4           # damaged, or not a Nestling vault or backup
EXIT_NEWER = 5             # made by a newer Nestling than this reader knows


class ReadError(Exception):
    """A failure with the message a person reads and the exit code a script reads."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


try:
    from argon2.low_level import Type as Argon2Type, hash_secret_raw
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
except ImportError as missing:  # said plainly, not as a traceback: families run this
    print(f"nestling_read: needs the Python packages cryptography and argon2-cffi ({missing}).\n"
          "  Debian/Ubuntu: sudo apt install python3-cryptography python3-argon2\n"
          "  elsewhere:     python3 -m pip install cryptography argon2-cffi", file=sys.stderr)
    sys.exit(EXIT_FAILED)

# --- The container: docs/vault-format.md, sections 2-5 --------------------------------------------

MAGIC = b"\x89NEST\r\n\x1a"
HEADER_LENGTH = 176
FIELDS_LENGTH = 112              # header[0, 112): the associated data of every chunk
FORMAT_VERSION_KNOWN = 1         # the newest minimum reader version this reader meets
MAX_FILE_BYTES = 2**31 - 65
HEAD_BYTES = 65535               # the first bytes every check before the passphrase looks at
TAG_BYTES = 16
# What Nestling has ever written (section 3): more is refused before Argon2id runs.
MAX_LANES, MIN_MEMORY_KIB, MAX_MEMORY_KIB, MAX_ITERATIONS = 1, 8192, 65536, 5

SQLITE_MAGIC = b"SQLite format 3\x00"
SCHEMA_VERSION_KNOWN = 5         # PRAGMA user_version / a backup's schemaVersion
BACKUP_FORMAT_VERSION_KNOWN = 1
MAX_BACKUP_JSON_BYTES = 256 * 1024 * 1024


def damaged(what):
    return ReadError(EXIT_DAMAGED, f"{what}: this file is damaged or was not made by Nestling.")


def newer(what):
    return ReadError(EXIT_NEWER, f"{what}: made by a newer Nestling than this reader knows; "
                                 "get a newer reader, or open it with a newer Nestling.")


def looks_sealed(head):
    """A container, or one whose magic was damaged (step 5): never to be read as plain JSON."""
    if head.startswith(MAGIC) or (head and MAGIC.startswith(head)):
        return True
    if len(head) >= HEADER_LENGTH and struct.unpack(">H", head[12:14])[0] == HEADER_LENGTH:
        return hashlib.sha256(MAGIC + head[8:144]).digest() == head[144:176]
    return False


def check_header(head, size):
    """Steps 5-13: everything that can be told without the passphrase. Returns the parsed fields."""
    if not head.startswith(MAGIC):
        if MAGIC.startswith(head):
            raise damaged("The file is truncated")
        raise damaged("The header is damaged (its first bytes)")
    if len(head) < 14:
        raise damaged("The file is truncated")
    header_length = struct.unpack(">H", head[12:14])[0]
    if header_length < HEADER_LENGTH:
        raise damaged("The header is damaged (its length)")
    if len(head) < header_length:
        raise damaged("The file is truncated")
    # The unkeyed hash first, so a damaged header is never reported as a wrong passphrase.
    if hashlib.sha256(head[:header_length - 32]).digest() != head[header_length - 32:header_length]:
        raise damaged("The header is damaged (its hash does not match)")
    format_version, min_reader = struct.unpack(">HH", head[8:12])
    if min_reader > FORMAT_VERSION_KNOWN:
        raise newer(f"File format version {format_version} (needs a reader of version {min_reader})")
    (kdf_id, lanes, memory_kib, iterations, salt_length) = struct.unpack(">BBIIB", head[14:25])
    salt_area = head[25:57]
    aead_id, chunk_size = struct.unpack(">BI", head[57:62])
    seed = head[62:94]
    generation, payload_length = struct.unpack(">qq", head[94:110])
    reserved = head[110:112]
    sane = (header_length == HEADER_LENGTH and kdf_id == 1 and aead_id == 1
            and 16 <= salt_length <= 32 and not any(salt_area[salt_length:])
            and 4096 <= chunk_size <= 16777216 and generation >= 0 and payload_length >= 0
            and reserved == b"\x00\x00")
    if not sane:
        raise damaged("The header is damaged (a field out of range)")
    chunks = max(1, -(-payload_length // chunk_size))
    expected_size = HEADER_LENGTH + payload_length + TAG_BYTES * chunks
    if expected_size > MAX_FILE_BYTES:
        raise damaged("The header declares a file larger than any Nestling file can be")
    if not (lanes <= MAX_LANES and lanes >= 1 and MIN_MEMORY_KIB <= memory_kib <= MAX_MEMORY_KIB
            and memory_kib >= 8 * lanes and 1 <= iterations <= MAX_ITERATIONS):
        raise damaged("The header asks for key derivation settings Nestling never wrote")
    if size < expected_size:
        raise damaged("The file is truncated")
    if size > expected_size:
        raise damaged("The file is longer than it should be")
    return {"lanes": lanes, "memory_kib": memory_kib, "iterations": iterations,
            "salt": salt_area[:salt_length], "chunk_size": chunk_size, "seed": seed,
            "generation": generation, "payload_length": payload_length, "chunks": chunks,
            "format_version": format_version}


def hkdf_expand_one_block(prk, info):
    return hmac.new(prk, info + b"\x01", hashlib.sha256).digest()


def open_container(data, header, passphrase):
    """Steps 15-16: the keys from the passphrase, the header check, then every chunk in order."""
    password = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    master = hash_secret_raw(secret=password, salt=header["salt"], time_cost=header["iterations"],
                             memory_cost=header["memory_kib"], parallelism=header["lanes"],
                             hash_len=32, type=Argon2Type.ID, version=0x13)
    prk = hmac.new(header["seed"], master, hashlib.sha256).digest()   # HKDF-Extract, salt = seed
    k_enc = hkdf_expand_one_block(prk, b"nestling/v1/body-encryption")
    k_check = hkdf_expand_one_block(prk, b"nestling/v1/header-check")
    fields = data[:FIELDS_LENGTH]
    expected_check = hmac.new(k_check, fields, hashlib.sha256).digest()
    if not hmac.compare_digest(expected_check, data[FIELDS_LENGTH:FIELDS_LENGTH + 32]):
        raise ReadError(EXIT_WRONG_PASSPHRASE, "Wrong passphrase for this file (or its header was "
                                               "edited on purpose: the two cannot be told apart).")
    aead = AESGCM(k_enc)
    payload = bytearray()
    offset = HEADER_LENGTH
    remaining = header["payload_length"]
    for index in range(header["chunks"]):
        piece = min(header["chunk_size"], remaining)
        last = index == header["chunks"] - 1
        nonce = index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        try:
            payload += aead.decrypt(nonce, data[offset:offset + piece + TAG_BYTES], fields)
        except InvalidTag:
            raise ReadError(EXIT_DAMAGED, f"The passphrase is right, but the contents are damaged "
                                          f"(piece {index + 1} of {header['chunks']}). For a vault, "
                                          "try its newest snapshot (the snapshots folder).") from None
        offset += piece + TAG_BYTES
        remaining -= piece
    return bytes(payload)


# --- The records: docs/backup-format.md "Records", and the vault's tables -----------------------

# Backup key -> vault table, in the order a backup has them.
TABLES = [("caregivers", "caregiver"), ("babies", "baby"), ("activityTypes", "activity_type"),
          ("entries", "entry"), ("timers", "timer"), ("rememberedNames", "remembered_name")]
ID_COLUMNS_OTHER_THAN_SUFFIX = {"id", "created_by"}


def camel(column):
    head, *rest = column.split("_")
    return head + "".join(word.capitalize() for word in rest)


def record_from_row(table, columns, row):
    """One database row as the backup writes it: camelCase names, UUID strings, data as JSON."""
    record = {}
    for column, value in zip(columns, row):
        if column in ID_COLUMNS_OTHER_THAN_SUFFIX or column.endswith("_id"):
            value = None if value is None else str(uuid.UUID(bytes=bytes(value)))
        elif column == "deleted":
            value = bool(value)
        elif table == "entry" and column == "data":
            value = json.loads(value)
        elif isinstance(value, bytes):
            value = base64.b64encode(value).decode("ascii")
        record[camel(column)] = value
    return record


def family_from_vault_image(image):
    """Steps 17-18 on an in-memory SQLite: the decrypted database is never written to a file."""
    connection = sqlite3.connect(":memory:")
    if not hasattr(connection, "deserialize"):    # added in Python 3.11
        connection.close()
        raise ReadError(EXIT_FAILED, f"Reading a vault needs Python 3.11 or newer, this is "
                                     f"{sys.version.split()[0]} (backups can be read with it)")
    try:
        try:
            connection.deserialize(image)
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError:
            check = "not a database"
        if check != "ok":
            raise damaged("The passphrase is right, but the database inside is damaged")
        schema = connection.execute("PRAGMA user_version").fetchone()[0]
        if schema > SCHEMA_VERSION_KNOWN:
            raise newer(f"Database schema version {schema}")
        tables = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')")}
        family = {"schemaVersion": schema}
        for key, table in TABLES:
            family[key] = []
            if table not in tables:        # added by a later schema (timers: 2, names: 3)
                continue
            # `entry` is a view since schema 5 with the columns of the older table (section 4).
            cursor = connection.execute(f"SELECT * FROM {table} ORDER BY id")
            columns = [description[0] for description in cursor.description]
            family[key] = [record_from_row(table, columns, row) for row in cursor]
        # Keys under backup. are one laptop's bookkeeping; a backup leaves them out, so does this.
        family["settings"] = dict(connection.execute(
            "SELECT key, value FROM setting WHERE key NOT LIKE 'backup.%' ORDER BY key"))
        return family
    except (sqlite3.DatabaseError, ValueError) as error:   # a row that is not as documented
        raise damaged(f"The passphrase is right, but the database inside is unreadable ({type(error).__name__})") from None
    finally:
        connection.close()


def family_from_backup_json(raw):
    """A backup's JSON: header checks (reading steps 5, 6 and 8), then the records as they are."""
    if len(raw) > MAX_BACKUP_JSON_BYTES:
        raise damaged("Larger than any Nestling backup can be")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise damaged(f"Not valid UTF-8 at byte {error.start}") from None
    try:
        backup = json.loads(text)
    except json.JSONDecodeError as error:
        raise damaged(f"Not valid JSON at line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise damaged("Not a Nestling backup (nested too deeply)") from None
    if not isinstance(backup, dict) or backup.get("format") != "nestling-backup":
        raise damaged("Not a Nestling backup (no \"format\": \"nestling-backup\")")
    format_version = backup.get("formatVersion")
    schema = backup.get("schemaVersion")
    for name, value in (("formatVersion", format_version), ("schemaVersion", schema)):
        if type(value) is not int or value < 1:
            raise damaged(f"The backup's {name} is missing or not a positive whole number")
    if format_version > BACKUP_FORMAT_VERSION_KNOWN:
        raise newer(f"Backup format version {format_version}")
    if schema > SCHEMA_VERSION_KNOWN:
        raise newer(f"Backup schema version {schema}")
    family = {"schemaVersion": schema, "createdAt": backup.get("createdAt")}
    counts = backup.get("counts") or {}
    if not isinstance(counts, dict):
        raise damaged("The backup's \"counts\" is not an object")
    for key, _ in TABLES:
        records = backup.get(key, [])
        if not isinstance(records, list) or not all(isinstance(record, dict) for record in records):
            raise damaged(f"The backup's \"{key}\" is not a list of records")
        if key in counts and counts[key] != len(records):
            raise damaged(f"The backup's counts say {counts[key]} {key}, it holds {len(records)}")
        family[key] = records
    settings = backup.get("settings", {})
    if not isinstance(settings, dict):
        raise damaged("The backup's \"settings\" is not an object")
    family["settings"] = settings
    return family


# --- Reading a file of any kind ---------------------------------------------------------------

def read_family(path, ask_passphrase):
    """The file's records and what it was, or a ReadError saying why not."""
    try:
        info = os.stat(path)                       # follows links, like Nestling (step 3)
    except FileNotFoundError:
        raise ReadError(EXIT_FAILED, f"No such file: {path}") from None
    except OSError as error:
        raise ReadError(EXIT_FAILED, f"Cannot read {path}: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise damaged("Not an ordinary file")      # a pipe would block, /dev/zero never ends
    size = info.st_size
    try:
        with open(path, "rb") as file:
            head = file.read(HEAD_BYTES)
            sealed = looks_sealed(head)
            if sealed:
                header = check_header(head, size)  # before the rest is read or a passphrase asked
                file.seek(0)
                data = file.read(size + 1)
                if len(data) != size:
                    raise ReadError(EXIT_FAILED, "The file changed while it was being read")
            else:
                if size > MAX_BACKUP_JSON_BYTES:
                    raise damaged("Larger than any Nestling backup can be")
                data = head + file.read(MAX_BACKUP_JSON_BYTES + 1 - len(head))
    except OSError as error:
        raise ReadError(EXIT_FAILED, f"Cannot read {path}: {error.strerror}") from None

    if not sealed:
        if not data.lstrip(b" \t\r\n").startswith(b"{"):
            raise damaged("Not a Nestling vault or backup")
        family = family_from_backup_json(data)
        source = {"kind": "plain backup"}
    else:
        payload = open_container(data, header, ask_passphrase())
        if payload.startswith(SQLITE_MAGIC):
            family = family_from_vault_image(payload)
            source = {"kind": "vault", "generation": header["generation"]}
        elif payload.lstrip(b" \t\r\n").startswith(b"{"):
            family = family_from_backup_json(payload)
            source = {"kind": "sealed backup"}
        else:
            raise damaged("The passphrase is right, but the contents are neither a database nor a backup")
    source["file"] = os.path.basename(path)
    source["schemaVersion"] = family.pop("schemaVersion")
    if "createdAt" in family:
        source["createdAt"] = family.pop("createdAt")
    return source, family


# --- Writing: family.json and one CSV per entry type ------------------------------------------

# Each type's data fields, in the order of docs/backup-format.md "Entry data by type".
FIELDS_BY_TYPE = {
    "breastfeeding": ["leftSeconds", "rightSeconds", "lastSide", "sideSwitches", "pausedSeconds", "notes"],
    "bottle": ["content", "ml", "notes"],
    "solids": ["foods", "amount", "reaction", "allergyNote", "notes"],
    "pumping": ["leftMl", "rightMl", "notes"],
    "sleep": ["kind", "place", "notes"],
    "diaper": ["wet", "dirty", "dry", "stoolColour", "consistency", "rash", "notes"],
    "medicine": ["name", "dose", "unit", "minIntervalMinutes", "notes"],
    "temperature": ["deciCelsius", "method"],
    "growth": ["grams", "lengthMm", "position", "headMm", "notes"],
    "activity": ["kind", "activityTypeId", "activity", "spitUpSize", "notes"],
    "milestone": ["title", "note", "photo"],
    "note": ["text"],
}
# "A left-out yes/no reads as false, a left-out count as 0"; other left-out fields stay empty.
DEFAULTS = {"leftSeconds": 0, "rightSeconds": 0, "sideSwitches": 0, "pausedSeconds": 0,
            "wet": False, "dirty": False, "dry": False, "rash": False}
COMMON_COLUMNS = ["id", "baby", "start", "end", "minutes", "loggedBy"]


def local_time(epoch_ms, offset_seconds):
    """The time as it was on the laptop that logged it, with its offset: 2026-11-20T09:00:00+01:00."""
    if epoch_ms is None:
        return ""
    try:
        zone = datetime.timezone(datetime.timedelta(seconds=offset_seconds or 0))
        moment = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc) \
            + datetime.timedelta(milliseconds=epoch_ms)
        return moment.astimezone(zone).isoformat(timespec="milliseconds" if epoch_ms % 1000 else "seconds")
    except (OverflowError, ValueError):   # a clock set far off: the stored number, as it is
        return str(epoch_ms)


def cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def entry_row(entry, names):
    data = entry.get("data") if isinstance(entry.get("data"), dict) else {}
    start, end = entry.get("startAt"), entry.get("endAt")
    row = {"id": entry.get("id"),
           "baby": names["babies"].get(entry.get("babyId"), entry.get("babyId")),
           "start": local_time(start, entry.get("utcOffset")),
           "end": local_time(end, entry.get("utcOffset")),
           "minutes": "" if end is None else f"{(end - start) / 60000:.2f}".rstrip("0").rstrip("."),
           "loggedBy": names["caregivers"].get(entry.get("createdBy"), entry.get("createdBy") or "")}
    fields = FIELDS_BY_TYPE.get(entry.get("type"))
    if fields is None:                # a type this reader does not know: its data as JSON
        row["type"] = cell(entry.get("type"))
        row["data"] = cell(data)
        return row
    for field in fields:
        value = data.get(field, DEFAULTS.get(field))
        if field == "activity":       # the family's own activity's name, for CUSTOM
            value = names["activityTypes"].get(data.get("activityTypeId"))
        elif field == "photo":        # the image itself is in family.json (base64)
            value = "yes" if value else ""
        row[field] = cell(value)
    others = {key: value for key, value in data.items() if key not in fields}
    row["otherData"] = cell(others) if others else ""   # a field a newer Nestling added: kept
    return row


def csv_tables(family):
    """File name -> (columns, rows) for the live entries; all of it made before anything is written."""
    names = {key: {record.get("id"): record.get("name") for record in family[key]}
             for key in ("babies", "caregivers", "activityTypes")}
    live = [entry for entry in family["entries"] if not entry.get("deleted")]
    live.sort(key=lambda entry: (entry.get("startAt") or 0, entry.get("id") or ""))
    by_file = {}
    for entry in live:
        # The file name comes from this list, never from the file read (a type could be "../x").
        name = f"{entry['type']}.csv" if entry.get("type") in FIELDS_BY_TYPE else "other-types.csv"
        by_file.setdefault(name, []).append(entry)
    tables = {}
    for name, entries in sorted(by_file.items()):
        fields = FIELDS_BY_TYPE.get(name[:-len(".csv")])
        columns = COMMON_COLUMNS + (["type", "data"] if fields is None else fields + ["otherData"])
        tables[name] = (columns, [entry_row(entry, names) for entry in entries])
    return tables


def prepare_out_dir(out_dir, force):
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise ReadError(EXIT_USAGE, f"--out {out_dir} is a file, not a folder")
    if os.path.isdir(out_dir) and os.listdir(out_dir) and not force:
        raise ReadError(EXIT_USAGE, f"--out {out_dir} is not empty; choose an empty or new folder, "
                                    "or add --force to write over the files of an earlier run")


def write_output(source, family, out_dir):
    # Everything is made in memory first, so a file that cannot be read to the end leaves no
    # half-written output behind.
    document = json.dumps({"readBy": f"nestling_read.py {READER_VERSION}", "source": source, **family},
                          ensure_ascii=False, indent=1) + "\n"
    tables = csv_tables(family)
    try:
        os.makedirs(out_dir, exist_ok=True)   # with --force, files of the same names are written over
        with open(os.path.join(out_dir, "family.json"), "w", encoding="utf-8") as file:
            file.write(document)
        for name, (columns, rows) in tables.items():
            # utf-8-sig: the byte order mark makes spreadsheets (Excel) show ä, é and ß correctly.
            with open(os.path.join(out_dir, name), "w", newline="", encoding="utf-8-sig") as file:
                writer = csv.DictWriter(file, fieldnames=columns)
                writer.writeheader()
                writer.writerows(rows)
        return ["family.json", *tables]
    except OSError as error:
        raise ReadError(EXIT_FAILED, f"Cannot write to {out_dir}: {error.strerror}") from None


# --- Command line -----------------------------------------------------------------------------

def passphrase_reader(from_stdin):
    def ask():
        if from_stdin:
            line = sys.stdin.buffer.readline()
            # One trailing \n or \r\n is the end of the line, not part of the passphrase.
            line = line[:-2] if line.endswith(b"\r\n") else line[:-1] if line.endswith(b"\n") else line
            try:
                return line.decode("utf-8")
            except UnicodeDecodeError:
                raise ReadError(EXIT_USAGE, "The passphrase on standard input is not UTF-8") from None
        if not sys.stdin.isatty():
            raise ReadError(EXIT_USAGE, "This file is encrypted: give --passphrase-stdin and the "
                                        "passphrase as one line on standard input")
        return getpass.getpass("Passphrase: ")
    return ask


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="nestling_read.py",
        description="Decrypt a Nestling vault (nestling.vault) or backup (.nestling, .json) and "
                    "write family.json and one CSV per entry type into DIR.")
    parser.add_argument("file", metavar="FILE", help="nestling.vault, a snapshot, or a backup")
    parser.add_argument("--out", metavar="DIR", required=True, help="folder to write (new or empty)")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="read the passphrase as one line from standard input (never give it "
                             "as an argument: others can see arguments)")
    parser.add_argument("--force", action="store_true", help="write into a folder that is not empty")
    arguments = parser.parse_args(argv)
    try:
        prepare_out_dir(arguments.out, arguments.force)
        source, family = read_family(arguments.file, passphrase_reader(arguments.passphrase_stdin))
        written = write_output(source, family, arguments.out)
    except ReadError as error:
        print(f"nestling_read: {error}", file=sys.stderr)
        return error.code
    except (TypeError, ValueError, AttributeError, KeyError) as error:
        # A record not shaped as the format says (a backup written by another program): said
        # plainly with what Python found, never with the record's content.
        print(f"nestling_read: a record in this file is not as the format describes "
              f"({type(error).__name__}): it is damaged or was not made by Nestling.", file=sys.stderr)
        return EXIT_DAMAGED
    except MemoryError:
        print("nestling_read: not enough memory to read this file", file=sys.stderr)
        return EXIT_FAILED
    live = sum(1 for entry in family["entries"] if not entry.get("deleted"))
    print(f"Read {source['kind']} {source['file']}: {len(family['babies'])} babies, {live} entries "
          f"({len(family['entries']) - live} deleted). Wrote {', '.join(written)} to {arguments.out}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
