print("plotspec")
