import sharp from 'sharp';

// Demo pictures: an abstract illustration (circles over a gradient) in the given colours, as JPEG,
// so the CMS makes its smaller versions of it as it does of any photo. A cover is 1600 × 900; a
// logo is drawn the same way, only smaller and wider.

export async function demoPicture(
  [from, to, accent]: readonly [string, string, string],
  width = 1600,
  height = 900,
): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1600 900" preserveAspectRatio="none">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>
    <circle cx="1180" cy="330" r="260" fill="${accent}" fill-opacity="0.55"/>
    <circle cx="420" cy="640" r="340" fill="#ffffff" fill-opacity="0.18"/>
    <circle cx="900" cy="720" r="150" fill="${accent}" fill-opacity="0.35"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}
