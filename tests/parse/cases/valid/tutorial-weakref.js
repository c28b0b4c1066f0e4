// From "WeakRef and FinalizationRegistry" (javascript.info), verbatim style.
let user = { name: "John" };
let admin = user;
user = null;

let weakUser = new WeakRef(admin);
const ref = weakUser.deref();
if (ref) console.log(ref.name);

function fetchImg() {
  return { size: 1024 };
}

function weakRefCache(fetchImg) {
  const imgCache = new Map();

  return (imgName) => {
    const cachedImg = imgCache.get(imgName);

    if (cachedImg?.deref()) {
      return cachedImg?.deref();
    }

    const newImg = fetchImg(imgName);
    imgCache.set(imgName, new WeakRef(newImg));

    return newImg;
  };
}

const registry = new FinalizationRegistry((heldValue) => {
  console.log(`${heldValue} has been collected`);
});
registry.register(admin, "admin", admin);
registry.unregister(admin);
const getCachedImg = weakRefCache(fetchImg);
await new Promise((resolve) => setTimeout(resolve, 0));
globalThis.gc?.();
