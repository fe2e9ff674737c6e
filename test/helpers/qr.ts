/**
 * Reads a QR code drawn by RPC Kit with an independent decoder (jsQR), the way a phone camera
 * would: the SVG is rasterised on a canvas, then decoded from its pixels.
 */
type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

let loading: Promise<JsQr> | undefined;

/** jsQR ships as a UMD file: loaded with a script tag, it defines `window.jsQR`. */
function jsQr(): Promise<JsQr> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    script.onload = () => resolve((window as unknown as { jsQR: JsQr }).jsQR);
    script.onerror = () => reject(new Error('could not load jsQR'));
    document.head.append(script);
  });
  return loading;
}

export async function decodeQr(svg: SVGSVGElement, size = 400): Promise<string | null> {
  const decode = await jsQr();
  const source = new XMLSerializer().serializeToString(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size, size);
  context.drawImage(image, 0, 0, size, size);
  const { data } = context.getImageData(0, 0, size, size);
  return decode(data, size, size)?.data ?? null;
}
