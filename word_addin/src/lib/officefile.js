// Reading the open document out of Word: Office.context.document.getFileAsync in slices.

import { msg } from "./messages.js";

export const SLICE_SIZE = 1024 * 1024; // 1 MiB per slice (Office allows up to 4 MiB)

export class OfficeFileError extends Error {
  constructor(message, detail) {
    super(message);
    this.name = "OfficeFileError";
    this.detail = detail;
  }
}

function call(fn) {
  return new Promise((resolve, reject) => {
    fn((result) => {
      if (result && result.status === "succeeded") resolve(result.value);
      else reject(result && result.error ? result.error : new Error("failed"));
    });
  });
}

function sliceBytes(data) {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Uint8Array.from(data);
  if (data && typeof data.length === "number") return Uint8Array.from(data);
  throw new OfficeFileError(msg("file_read_failed"), "unexpected slice data");
}

/**
 * The whole document as .docx bytes: every slice of getFileAsync(Compressed), then closeAsync
 * (always, even after a failure: Word allows one open file per add-in at a time).
 * @param {object} Office  the Office namespace (the real one or a mock)
 * @param {{sliceSize?: number}} options
 * @returns {Promise<Uint8Array>}
 */
export async function readDocumentBytes(Office, { sliceSize = SLICE_SIZE } = {}) {
  const doc = Office.context.document;
  let file;
  try {
    file = await call((cb) => doc.getFileAsync(Office.FileType.Compressed, { sliceSize }, cb));
  } catch (error) {
    throw new OfficeFileError(msg("file_read_failed"), error && error.message);
  }
  try {
    const count = file.sliceCount;
    const slices = new Array(count);
    let total = 0;
    for (let i = 0; i < count; i++) {
      const slice = await call((cb) => file.getSliceAsync(i, cb));
      const bytes = sliceBytes(slice.data);
      slices[slice.index ?? i] = bytes;
      total += bytes.length;
    }
    if (slices.some((s) => s === undefined)) {
      throw new OfficeFileError(msg("file_read_failed"), "missing slice");
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const s of slices) {
      out.set(s, offset);
      offset += s.length;
    }
    return out;
  } catch (error) {
    if (error instanceof OfficeFileError) throw error;
    throw new OfficeFileError(msg("file_read_failed"), error && error.message);
  } finally {
    await new Promise((resolve) => {
      try {
        file.closeAsync(() => resolve());
      } catch {
        resolve();
      }
    });
  }
}
