import { describe, expect, it } from 'vitest';
import { checkAttachmentList, maxAttachmentMb, MAX_ATTACHMENTS } from '../src/attachments.ts';

const MB = 1024 * 1024;

describe('attachment checks a browser can make', () => {
  it('accept the allowed kinds within the size cap, whatever the case of the extension', () => {
    expect(
      checkAttachmentList(
        [
          { name: 'report.PDF', size: MB },
          { name: 'photo.jpeg', size: 2 * MB },
          { name: 'plan.odt', size: 10 * MB },
        ],
        'en',
        10,
      ),
    ).toEqual({});
  });

  it('name each refused file at its index, in the reader’s language', () => {
    expect(
      checkAttachmentList(
        [
          { name: 'ok.pdf', size: 1 },
          { name: 'tool.exe', size: 1 },
          { name: 'big.png', size: 3 * MB },
        ],
        'lt',
        2,
      ),
    ).toEqual({
      'files.1': 'tool.exe: Leidžiami tik PDF, DOCX, ODT, JPEG ir PNG failai.',
      'files.2': 'big.png: Failas per didelis (daugiausia 2 MB).',
    });
    expect(checkAttachmentList([{ name: 'no-extension', size: 1 }], 'en', 10)).toEqual({
      'files.0': 'no-extension: Only PDF, DOCX, ODT, JPEG and PNG files are allowed.',
    });
  });

  it('refuse more files than allowed as a whole', () => {
    const files = Array.from({ length: MAX_ATTACHMENTS + 1 }, (_, i) => ({ name: `f${i}.pdf`, size: 1 }));
    expect(checkAttachmentList(files, 'en', 10)).toEqual({ files: `No more than ${MAX_ATTACHMENTS} files.` });
  });

  it('read the cap from SUBMISSION_MAX_FILE_MB with a safe default', () => {
    expect(maxAttachmentMb({ SUBMISSION_MAX_FILE_MB: '4' })).toBe(4);
    expect(maxAttachmentMb({})).toBe(10);
    expect(maxAttachmentMb({ SUBMISSION_MAX_FILE_MB: 'lots' })).toBe(10);
    expect(maxAttachmentMb({ SUBMISSION_MAX_FILE_MB: '-1' })).toBe(10);
  });
});
