import { decode } from 'fast-png';

/** Reads a PNG's size from its IHDR chunk, checking the signature first. */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(png: Buffer): { width: number; height: number } {
	if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG: the signature is missing');
	if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: the first chunk is not IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A PNG's pixels as RGBA, 8 bits a channel, whatever its colour type (palette, RGB, grey, with alpha). */
export function pngPixels(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
	const image = decode(png);
	if (image.depth !== 8) throw new Error(`expected 8 bits a channel, found ${image.depth}`);
	const count = image.width * image.height;
	const rgba = new Uint8Array(count * 4);
	for (let i = 0; i < count; i++) {
		let pixel: ArrayLike<number>;
		if (image.palette) pixel = image.palette[image.data[i] as number] as number[];
		else if (image.channels >= 3) pixel = image.data.subarray(i * image.channels, (i + 1) * image.channels) as Uint8Array;
		else pixel = [image.data[i * image.channels] as number, image.data[i * image.channels] as number, image.data[i * image.channels] as number];
		rgba[i * 4] = pixel[0] as number;
		rgba[i * 4 + 1] = pixel[1] as number;
		rgba[i * 4 + 2] = pixel[2] as number;
		rgba[i * 4 + 3] = image.channels === 4 || image.channels === 2 ? (image.data[i * image.channels + image.channels - 1] as number) : (pixel[3] ?? 255);
	}
	return { width: image.width, height: image.height, rgba };
}
