fn main() {
    als_explorer::mount();
}
